namespace Social.Benchmarks;

/// <summary>
/// Where the startup hook that switches token validation off is (tests/Social.Benchmarks.NoTokenValidation, built
/// into this program's folder): the baseline Profile process loads it through <c>DOTNET_STARTUP_HOOKS</c>.
/// </summary>
internal static class NoTokenValidation
{
    private const string AssemblyFile = "Social.Benchmarks.NoTokenValidation.dll";

    public static string HookAssembly
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, AssemblyFile);
            return File.Exists(path)
                ? path
                : throw new BenchmarkFailedException($"{path} is missing: build the benchmark (dotnet build -c Release tests/Social.Benchmarks).");
        }
    }
}

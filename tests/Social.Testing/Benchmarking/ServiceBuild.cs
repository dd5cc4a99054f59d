using System.Globalization;

namespace Social.Testing.Benchmarking;

/// <summary>
/// Builds a service in Release and finds its assembly. The services always run as Release builds: a Debug build
/// would measure the JIT's unoptimised code, not the service. Building first means the figures never come from a
/// stale output left by an older checkout.
/// </summary>
public static class ServiceBuild
{
    public const string Configuration = "Release";

    public static async Task<string> PrepareAsync(string repositoryRoot, string projectPath, bool build, CancellationToken cancellationToken)
    {
        var fullProjectPath = Path.Combine(repositoryRoot, projectPath);
        if (build)
        {
            Console.WriteLine($"  dotnet build {projectPath} -c {Configuration}");
            var result = await ProcessRunner.RunAsync(
                DotnetHost.Path,
                ["build", fullProjectPath, "-c", Configuration, "--nologo", "-v:q", "-clp:NoSummary"],
                DotnetHost.CleanBuildEnvironment,
                cancellationToken);
            if (!result.Succeeded)
            {
                throw new BenchmarkFailedException($"dotnet build {projectPath} -c {Configuration} failed:{Environment.NewLine}{result.Combined.Trim()}");
            }
        }

        // MSBuild knows where the assembly lands, whatever output layout the repository uses.
        var query = await ProcessRunner.RunAsync(
            DotnetHost.Path,
            ["msbuild", fullProjectPath, "-getProperty:TargetPath", $"-p:Configuration={Configuration}", "-nologo"],
            DotnetHost.CleanBuildEnvironment,
            cancellationToken);
        var assembly = query.StandardOutput.Trim();
        if (!query.Succeeded || assembly.Length == 0)
        {
            throw new BenchmarkFailedException($"Cannot ask MSBuild for the output of {projectPath}:{Environment.NewLine}{query.Combined.Trim()}");
        }

        if (!File.Exists(assembly))
        {
            throw new BenchmarkFailedException($"{assembly} does not exist: run without --no-build, or build it with 'dotnet build {projectPath} -c {Configuration}'.");
        }

        var built = File.GetLastWriteTime(assembly).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Console.WriteLine($"  using {Path.GetRelativePath(repositoryRoot, assembly)} (built {built})");
        return assembly;
    }
}

using System.Reflection;
using System.Runtime.InteropServices;

namespace Social.Testing.Benchmarking;

/// <summary>What a printed result needs to be reproduced and compared: the machine, the build and the command line.</summary>
public static class RunEnvironment
{
    public static string Machine =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";

    /// <summary>The configuration (Release, Debug) the benchmark program itself was built in.</summary>
    public static string ConfigurationOf(Assembly benchmark) =>
        benchmark.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    public static bool IsRelease(Assembly benchmark) => string.Equals(ConfigurationOf(benchmark), "Release", StringComparison.Ordinal);

    /// <param name="project">The benchmark's project folder, relative to the repository root.</param>
    public static string CommandLine(string project, IReadOnlyList<string> args) =>
        $"dotnet run -c Release --project {project}" + (args.Count > 0 ? " -- " + string.Join(' ', args) : string.Empty);
}

using System.Globalization;

namespace Social.Testing.Benchmarking;

/// <summary>
/// wrk (Debian package <c>wrk</c>): a C load generator that costs far less CPU per request than a .NET client, which
/// matters on a two-core machine where the client competes with the servers it measures.
/// </summary>
public sealed class WrkLoadGenerator(string executable) : ILoadGenerator
{
    /// <summary>The command that installs it (Debian), as printed when a run falls back without it.</summary>
    public const string InstallHint = "apt-get install -y wrk";

    // A stalled request is counted as a timeout error rather than waited for.
    private const string RequestTimeout = "5s";

    public string Name => $"wrk ({executable})";

    /// <summary>wrk on the PATH, or null when it is not installed.</summary>
    public static WrkLoadGenerator? TryFind()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Append("/usr/bin").Select(folder => Path.Combine(folder, "wrk")).FirstOrDefault(File.Exists) is { } path
            ? new WrkLoadGenerator(path)
            : null;
    }

    public string Describe(Uri url, LoadSettings settings) =>
        "wrk " + string.Join(' ', Arguments(url, settings)).Replace(settings.AccessToken, "<access token>", StringComparison.Ordinal);

    public async Task<LoadResult> RunAsync(Uri url, LoadSettings settings, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(executable, Arguments(url, settings), new Dictionary<string, string?>(), cancellationToken);
        if (!result.Succeeded)
        {
            throw new BenchmarkFailedException($"{Describe(url, settings)} failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Combined.Trim()}");
        }

        return WrkOutput.Parse(result.StandardOutput);
    }

    private static string[] Arguments(Uri url, LoadSettings settings) =>
    [
        $"-t{settings.Threads.ToString(CultureInfo.InvariantCulture)}",
        $"-c{settings.Connections.ToString(CultureInfo.InvariantCulture)}",
        $"-d{Math.Max(1, (int)Math.Round(settings.Duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture)}s",
        "--latency",
        "--header",
        "Authorization: Bearer " + settings.AccessToken,
        "--timeout",
        RequestTimeout,
        url.ToString(),
    ];
}

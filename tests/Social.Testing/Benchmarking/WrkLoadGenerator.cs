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

    public string Describe(Uri url, LoadSettings settings) => Describe(url, settings, script: null);

    public Task<LoadResult> RunAsync(Uri url, LoadSettings settings, CancellationToken cancellationToken) =>
        RunAsync(url, settings, script: null, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(Uri, LoadSettings, CancellationToken)"/>, with a Lua <paramref name="script"/> (file)
    /// that makes each request: other methods, bodies or headers than one authenticated GET.
    /// </summary>
    public async Task<LoadResult> RunAsync(Uri url, LoadSettings settings, string? script, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(executable, Arguments(url, settings, script), new Dictionary<string, string?>(), cancellationToken);
        if (!result.Succeeded)
        {
            throw new BenchmarkFailedException($"{Describe(url, settings, script)} failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Combined.Trim()}");
        }

        return WrkOutput.Parse(result.StandardOutput);
    }

    public static string Describe(Uri url, LoadSettings settings, string? script) =>
        "wrk " + string.Join(' ', Arguments(url, settings, script)).Replace(settings.AccessToken, "<access token>", StringComparison.Ordinal);

    private static string[] Arguments(Uri url, LoadSettings settings, string? script) =>
    [
        .. script is null ? Array.Empty<string>() : ["--script", script],
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

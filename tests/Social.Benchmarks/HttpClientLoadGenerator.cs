using System.Diagnostics;
using System.Globalization;

namespace Social.Benchmarks;

/// <summary>
/// The fallback when wrk is not installed: one loop per connection, each sending the next GET as soon as the last
/// answer is read, with every latency recorded. It costs more CPU per request than wrk and shares this process with
/// the bare proxy, so its absolute figures are lower; the ratios between targets remain comparable.
/// </summary>
internal sealed class HttpClientLoadGenerator : ILoadGenerator
{
    public string Name => "in-process HttpClient loop";

    public string Describe(Uri url, LoadSettings settings) =>
        $"HttpClient loop: {settings.Connections.ToString(CultureInfo.InvariantCulture)} connections for {settings.Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, GET {url}";

    public async Task<LoadResult> RunAsync(Uri url, LoadSettings settings, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", settings.AccessToken);

        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, settings.Connections)
            .Select(_ => Task.Run(() => LoopAsync(client, url, clock, settings.Duration, cancellationToken), cancellationToken))
            .ToArray();
        var outcomes = await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;

        var latencies = outcomes.SelectMany(outcome => outcome.Latencies).ToArray();
        if (latencies.Length == 0)
        {
            throw new BenchmarkFailedException($"No request to {url} succeeded in {settings.Duration.TotalSeconds:0} s.");
        }

        Array.Sort(latencies);
        var errors = outcomes.Sum(outcome => outcome.Errors);
        return new LoadResult(
            (latencies.Length + errors) / elapsed.TotalSeconds,
            Percentiles.Of(latencies, 50),
            Percentiles.Of(latencies, 99),
            latencies.Length + errors,
            errors);
    }

    private static async Task<(List<long> Latencies, long Errors)> LoopAsync(
        HttpClient client, Uri url, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<long>(capacity: 64 * 1024);
        var errors = 0L;
        while (clock.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetTimestamp() - started);
                }
                else
                {
                    errors++;
                }
            }
            catch (HttpRequestException)
            {
                errors++;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                errors++;
            }
        }

        return (latencies, errors);
    }
}

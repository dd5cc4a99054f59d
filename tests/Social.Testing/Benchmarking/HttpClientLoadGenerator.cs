using System.Globalization;

namespace Social.Testing.Benchmarking;

/// <summary>
/// The fallback when wrk is not installed: one <see cref="ClosedLoop"/> caller per connection. It costs more CPU per
/// request than wrk and shares this process with whatever else the benchmark runs in-process, so its absolute figures
/// are lower; the ratios between targets remain comparable.
/// </summary>
public sealed class HttpClientLoadGenerator : ILoadGenerator
{
    public string Name => "in-process HttpClient loop";

    public string Describe(Uri url, LoadSettings settings) =>
        $"HttpClient loop: {settings.Connections.ToString(CultureInfo.InvariantCulture)} connections for {settings.Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s, GET {url}";

    /// <summary>
    /// A client holding up to <paramref name="connections"/> keep-alive connections, as wrk's: never recycled, no
    /// proxy, no cookies, and a stalled request fails after 5 s (wrk's timeout).
    /// </summary>
    public static HttpClient NewClient(int connections) =>
        new(
            new SocketsHttpHandler
            {
                MaxConnectionsPerServer = connections,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                UseProxy = false,
                UseCookies = false,
            },
            disposeHandler: true)
        {
            Timeout = TimeSpan.FromSeconds(5),
        };

    public async Task<LoadResult> RunAsync(Uri url, LoadSettings settings, CancellationToken cancellationToken)
    {
        using var client = NewClient(settings.Connections);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", settings.AccessToken);
        return await ClosedLoop.RunAsync(
            settings.Connections,
            settings.Duration,
            async (_, token) =>
            {
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, token);
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
                catch (TaskCanceledException) when (!token.IsCancellationRequested)
                {
                    // The client's own timeout: a stalled request is an error, not a reason to stop.
                    return false;
                }
            },
            $"GET {url}",
            cancellationToken);
    }
}

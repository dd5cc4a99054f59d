using Social.StreamBenchmarks;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Social.InboxBenchmarks;

/// <summary>
/// First inbox pages read through the gateway, the celebrity's and the ordinary user's in turn (so both meet the same
/// load), closed loop, until stopped; the latencies of each, in ticks.
/// </summary>
internal static class InboxPages
{
    public static async Task<(List<long> Celebrity, List<long> Ordinary)> ReadAsync(HttpClient gateway, StreamUser celebrity, StreamUser ordinary, CancellationToken stop)
    {
        var (celebrityTicks, ordinaryTicks) = (new List<long>(), new List<long>());
        while (!stop.IsCancellationRequested)
        {
            celebrityTicks.Add(await TimeAsync(gateway, celebrity));
            ordinaryTicks.Add(await TimeAsync(gateway, ordinary));
        }

        return (celebrityTicks, ordinaryTicks);
    }

    /// <summary>How many entries the user's inbox holds (up to 100).</summary>
    public static async Task<int> CountAsync(HttpClient gateway, StreamUser user, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(gateway, user, "/api/v1/inbox/activity?limit=100", cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return json.RootElement.TryGetProperty("items", out var items) ? items.GetArrayLength() : 0;
    }

    private static async Task<long> TimeAsync(HttpClient gateway, StreamUser user)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await SendAsync(gateway, user, "/api/v1/inbox/activity", CancellationToken.None);
        await response.Content.ReadAsByteArrayAsync();
        return Stopwatch.GetTimestamp() - started;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient gateway, StreamUser user, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        var response = await gateway.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? response : throw new BenchmarkFailedException($"GET {path}: {(int)response.StatusCode}");
    }
}

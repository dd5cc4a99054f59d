using Social.StreamBenchmarks;
using System.Diagnostics;
using System.Net.Http.Headers;
using MassTransit;
using Social.Contracts.Events;
using Social.Testing;

namespace Social.InboxBenchmarks;

/// <summary>
/// Like to badge-on-stream latency: the user marks everything seen, then one like of a new item is published and the
/// time until their open stream (through the gateway) shows a badges event with an unseen entry is taken; again and
/// again until stopped, one probe at a time.
/// </summary>
internal static class BadgeProbe
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<List<long>> RunAsync(HttpClient gateway, IBus bus, StreamUser user, Guid likerId, CancellationToken stop)
    {
        var latencies = new List<long>();
        await using var stream = await EventStreamReader.OpenAsync(gateway, "/api/v1/stream", user.Token);
        while (!stop.IsCancellationRequested)
        {
            await SeenAsync(gateway, user);
            var started = Stopwatch.GetTimestamp();
            await bus.Publish(new ContentLiked { ContentId = Guid.CreateVersion7(), OwnerId = user.UserId, UserId = likerId, At = DateTimeOffset.UtcNow }, CancellationToken.None);
            await stream.UntilAsync(e => e.Type == "badges" && e.Data.GetProperty("unseenActivity").GetInt64() > 0, Patience);
            latencies.Add(Stopwatch.GetTimestamp() - started);
        }

        return latencies;
    }

    private static async Task SeenAsync(HttpClient gateway, StreamUser user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbox/activity:seen");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        using var response = await gateway.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkFailedException($"POST /api/v1/inbox/activity:seen: {(int)response.StatusCode}");
        }
    }
}

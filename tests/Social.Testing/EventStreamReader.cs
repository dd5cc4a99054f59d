using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace Social.Testing;

/// <summary>
/// A client of <c>GET /api/v1/stream</c>, as a browser's EventSource reads it: events arrive in a queue as they are
/// parsed; comments (heartbeats) are skipped. Waits are bounded, so a missing event fails the test instead of hanging it.
/// </summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<StreamedEvent> _events = Channel.CreateUnbounded<StreamedEvent>();
    private readonly Task _pump;

    private EventStreamReader(HttpResponseMessage response)
    {
        _response = response;
        _pump = PumpAsync();
    }

    /// <summary>Opens the stream; fails unless it answers 200 with <c>text/event-stream</c>.</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient client, string pathAndQuery, string? accessToken = null, string? lastEventId = null, string? origin = null)
    {
        var response = await SendAsync(client, pathAndQuery, accessToken, lastEventId, origin);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            var body = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new InvalidOperationException($"GET {pathAndQuery}: {(int)response.StatusCode} {body}");
        }

        return new EventStreamReader(response);
    }

    /// <summary>The answer to opening the stream, for calls that must be refused (the caller disposes it).</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string pathAndQuery, string? accessToken = null, string? lastEventId = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>The headers the stream was opened with.</summary>
    public HttpResponseHeaders Headers => _response.Headers;

    /// <summary>The next event, or a <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<StreamedEvent> NextAsync(TimeSpan timeout)
    {
        using var waiting = new CancellationTokenSource(timeout);
        try
        {
            return await _events.Reader.ReadAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (waiting.IsCancellationRequested)
        {
            throw new TimeoutException($"No stream event within {timeout}.");
        }
        catch (ChannelClosedException exception)
        {
            throw new InvalidOperationException("The stream ended.", exception);
        }
    }

    /// <summary>The next <paramref name="count"/> events, all within <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<StreamedEvent>> TakeAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var taken = new List<StreamedEvent>(count);
        while (taken.Count < count)
        {
            taken.Add(await NextAsync(Remaining(deadline, timeout, taken.Count, count)));
        }

        return taken;
    }

    /// <summary>Every event up to and including the first that <paramref name="last"/> accepts.</summary>
    public async Task<IReadOnlyList<StreamedEvent>> UntilAsync(Func<StreamedEvent, bool> last, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var taken = new List<StreamedEvent>();
        while (true)
        {
            var next = await NextAsync(Remaining(deadline, timeout, taken.Count, null));
            taken.Add(next);
            if (last(next))
            {
                return taken;
            }
        }
    }

    private static TimeSpan Remaining(DateTimeOffset deadline, TimeSpan timeout, int received, int? wanted)
    {
        var left = deadline - DateTimeOffset.UtcNow;
        return left > TimeSpan.Zero ? left : throw new TimeoutException($"Within {timeout}: {received} of {wanted?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "the"} events.");
    }

    private async Task PumpAsync()
    {
        try
        {
            await using var body = await _response.Content.ReadAsStreamAsync(_stop.Token);
            await foreach (var item in SseParser.Create(body).EnumerateAsync(_stop.Token))
            {
                using var data = JsonDocument.Parse(item.Data);
                await _events.Writer.WriteAsync(new StreamedEvent(item.EventId, item.EventType, data.RootElement.Clone()), _stop.Token);
            }

            _events.Writer.TryComplete();
        }
        catch (Exception exception)
        {
            _events.Writer.TryComplete(exception is OperationCanceledException or IOException or HttpRequestException ? null : exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _pump;
        _stop.Dispose();
    }
}

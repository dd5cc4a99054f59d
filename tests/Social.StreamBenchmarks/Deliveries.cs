using System.Collections.Concurrent;
using System.Diagnostics;

namespace Social.StreamBenchmarks;

/// <summary>
/// When each message was sent and when it reached its recipient's stream, by the message's text (unique per send):
/// the latency of a delivery is from the start of the send call to the event's arrival.
/// </summary>
internal sealed class Deliveries
{
    private readonly ConcurrentDictionary<string, long> _sentAt = new();
    private readonly ConcurrentQueue<long> _latencies = new();
    private int _delivered;

    public int Delivered => _delivered;

    public void Sending(string text) => _sentAt[text] = Stopwatch.GetTimestamp();

    public void Received(string text)
    {
        var now = Stopwatch.GetTimestamp();
        if (_sentAt.TryRemove(text, out var sentAt))
        {
            _latencies.Enqueue(now - sentAt);
            Interlocked.Increment(ref _delivered);
        }
    }

    /// <summary>The latencies so far, sorted, and forgets them (one run's figures at a time).</summary>
    public long[] TakeSorted()
    {
        var taken = new List<long>();
        while (_latencies.TryDequeue(out var latency))
        {
            taken.Add(latency);
        }

        taken.Sort();
        Interlocked.Exchange(ref _delivered, 0);
        return [.. taken];
    }

    public int Undelivered => _sentAt.Count;
}

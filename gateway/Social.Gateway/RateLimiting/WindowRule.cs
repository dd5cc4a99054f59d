using System.Collections.Concurrent;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// One limit: at most <see cref="WindowLimit.PermitLimit"/> requests per key in each window, the windows aligned to the
/// clock, so the time until a window resets is exact (what Retry-After and X-RateLimit-Reset say). Each key has a
/// lock-free <see cref="WindowCounter"/>: a request is one dictionary read and one compare-and-swap, however many
/// requests arrive at once. Keys idle since an earlier window are swept out in the background once a window begins.
/// </summary>
/// <param name="name">Names the limit in logs.</param>
/// <param name="keyOf">The subject's key for this limit, or null where the limit does not apply.</param>
internal sealed class WindowRule(string name, WindowLimit limit, Func<RateLimitSubject, string?> keyOf)
{
    private readonly ConcurrentDictionary<string, WindowCounter> _counters = new();
    private long _sweptWindow = long.MinValue;

    public string Name => name;

    public WindowLimit Limit => limit;

    /// <summary>How many keys have a counter (for tests of the sweep).</summary>
    public int KeyCount => _counters.Count;

    /// <summary>The subject's key for this limit, or null where the limit does not apply.</summary>
    public string? KeyOf(RateLimitSubject subject) => keyOf(subject);

    /// <summary>
    /// Counts the request against this limit unless its permits are used up; returns where the subject stands once
    /// counted (a refusal has none remaining), or null where the limit does not apply.
    /// </summary>
    public (bool Granted, RateLimitStatus Status)? Count(RateLimitSubject subject)
    {
        if (keyOf(subject) is not { } key)
        {
            return null;
        }

        var window = limit.WindowOf(subject.At);
        SweepBefore(window);
        int taken;
        while (true)
        {
            var counter = _counters.GetOrAdd(key, static (_, window) => new WindowCounter(window), window);
            taken = counter.TryTake(window, limit.PermitLimit);
            if (taken != WindowCounter.Retired)
            {
                break;
            }

            // Swept between the read and the take: drop it (if the sweep has not yet) and count in a new one.
            _counters.TryRemove(KeyValuePair.Create(key, counter));
        }

        return (taken > 0, new RateLimitStatus(limit.PermitLimit, taken > 0 ? limit.PermitLimit - taken : 0, limit.ResetAfter(subject.At)));
    }

    /// <summary>Once per window, the first request of it starts a sweep of the counters left in earlier windows.</summary>
    private void SweepBefore(long window)
    {
        var swept = Volatile.Read(ref _sweptWindow);
        if (window > swept && Interlocked.CompareExchange(ref _sweptWindow, window, swept) == swept)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static state =>
                {
                    var (counters, window) = state;
                    foreach (var (key, counter) in counters)
                    {
                        if (counter.TryRetire(window))
                        {
                            counters.TryRemove(KeyValuePair.Create(key, counter));
                        }
                    }
                },
                (_counters, window),
                preferLocal: false);
        }
    }
}

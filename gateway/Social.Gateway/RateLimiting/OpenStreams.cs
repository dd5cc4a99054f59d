using System.Collections.Concurrent;

namespace Social.Gateway.RateLimiting;

/// <summary>How many event streams each caller has open through this gateway instance.</summary>
internal sealed class OpenStreams
{
    private readonly ConcurrentDictionary<string, int> _open = new();

    /// <summary>Counts one more stream for <paramref name="key"/> unless it has <paramref name="limit"/> open; false when refused.</summary>
    public bool TryOpen(string key, int limit)
    {
        while (true)
        {
            var current = _open.GetOrAdd(key, 0);
            if (current >= limit)
            {
                return false;
            }

            if (_open.TryUpdate(key, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Close(string key)
    {
        while (true)
        {
            var current = _open[key];
            if (current <= 1 ? _open.TryRemove(new KeyValuePair<string, int>(key, current)) : _open.TryUpdate(key, current - 1, current))
            {
                return;
            }
        }
    }

    public int Count(string key) => _open.GetValueOrDefault(key);
}

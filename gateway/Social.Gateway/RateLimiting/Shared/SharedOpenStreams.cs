using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// Open event streams counted across gateway replicas: each caller has a sorted set of leases in Redis, one per open
/// stream, scored by the lease's expiry. This instance renews its streams' leases (<see cref="StreamLeaseRenewal"/>) and
/// removes them as they close; a replica that dies stops renewing, so its streams stop counting within one lease
/// instead of forever. While Redis is unreachable a stream is counted by this instance alone (<see cref="OpenStreams"/>).
/// </summary>
internal sealed class SharedOpenStreams(SharedCounterStore store, OpenStreams local, IOptions<GatewayRateLimitOptions> options)
{
    private const string Operation = "open-stream";

    // Unique across replicas and restarts, so one instance's streams are never taken for another's.
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, RedisKey> _leases = new();
    private long _streams;

    private long LeaseMilliseconds => (long)options.Value.OpenStreamLease.TotalMilliseconds;

    /// <summary>Opens a place for one more stream of <paramref name="key"/> unless it holds <paramref name="limit"/>; null when refused.</summary>
    public async ValueTask<OpenStreamLease?> TryOpenAsync(string key, int limit)
    {
        if (store.Database is { } database)
        {
            var sharedKey = SharedCounterKey.OpenStreams(key);
            var member = $"{_instance}:{Interlocked.Increment(ref _streams).ToString(CultureInfo.InvariantCulture)}";
            try
            {
                var opened = (long)await database.ScriptEvaluateAsync(
                    SharedCounterScripts.OpenStream, [sharedKey], [limit, LeaseMilliseconds, member]);
                store.Succeeded();
                if (opened == 0)
                {
                    return null;
                }

                _leases[member] = sharedKey;
                return new OpenStreamLease(key, sharedKey, member);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                store.Failed(Operation, exception);
            }
        }
        else
        {
            store.Failed(Operation, exception: null);
        }

        return local.TryOpen(key, limit) ? new OpenStreamLease(key, SharedKey: null, Member: null) : null;
    }

    public void Close(OpenStreamLease lease)
    {
        if (lease.SharedKey is null || lease.Member is null)
        {
            local.Close(lease.Key);
            return;
        }

        _leases.TryRemove(lease.Member, out _);
        // Fire and forget: the stream is over either way, and a lease that is not removed lapses by itself.
        try
        {
            store.Database?.SortedSetRemove(lease.SharedKey, lease.Member, CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            store.Failed(Operation, exception);
        }
    }

    /// <summary>
    /// Extends the lease of every stream open here, in one call. A stream closing while it runs may count for one more
    /// lease at most.
    /// </summary>
    public async Task RenewAsync()
    {
        var leases = _leases.ToArray();
        if (leases.Length == 0)
        {
            return;
        }

        if (store.Database is not { } database)
        {
            store.Failed("renewal", exception: null);
            return;
        }

        var keys = new RedisKey[leases.Length];
        var arguments = new RedisValue[leases.Length + 1];
        arguments[0] = LeaseMilliseconds;
        for (var i = 0; i < leases.Length; i++)
        {
            keys[i] = leases[i].Value;
            arguments[i + 1] = leases[i].Key;
        }

        try
        {
            await database.ScriptEvaluateAsync(SharedCounterScripts.RenewStreams, keys, arguments);
            store.Succeeded();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            store.Failed("renewal", exception);
        }
    }
}

using StackExchange.Redis;

namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// The gateway's window limits counted in Redis, so that they hold across gateway replicas: the same limits, order and
/// decisions as <see cref="GatewayRateLimiter"/>, whose in-memory counters take over whenever Redis is unreachable
/// (per instance then, never a failed request). Registered only when a Redis connection is configured.
/// <para>
/// StackExchange.Redis directly rather than a Redis rate-limiting package: those offer one
/// <c>System.Threading.RateLimiting</c> limiter per policy, a round trip each, with windows that start at a key's
/// first request; the gateway needs its whole chain of limits counted in one round trip, narrowest first and stopping
/// at the first refusal, with windows aligned to the clock so X-RateLimit-Reset and Retry-After stay exact.
/// </para>
/// </summary>
internal sealed class SharedRateLimiter(GatewayRateLimiter local, SharedCounterStore store)
{
    private const string Operation = "window";

    public async ValueTask<RateLimitDecision> CountAsync(RateLimitSubject subject)
    {
        if (store.Database is not { } database)
        {
            store.Failed(Operation, exception: null);
            return local.Count(subject);
        }

        var count = SharedWindowCount.For(local.Rules, subject);
        try
        {
            var result = await database.ScriptEvaluateAsync(SharedCounterScripts.CountWindows, count.Keys, count.Arguments);
            store.Succeeded();
            return count.Decide((long[]?)result ?? []);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            store.Failed(Operation, exception);
            return local.Count(subject);
        }
    }
}

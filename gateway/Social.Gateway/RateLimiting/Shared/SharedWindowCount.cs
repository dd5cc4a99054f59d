using StackExchange.Redis;

namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// One request's count against the shared window counters: the keys and arguments of
/// <see cref="SharedCounterScripts.CountWindows"/> for the limits that apply to it, in the limiter's order, and the
/// decision its result makes, the same as <see cref="GatewayRateLimiter"/> would make in memory.
/// </summary>
internal sealed class SharedWindowCount
{
    private readonly WindowRule[] _rules;
    private readonly TimeSpan[] _resetAfter;

    private SharedWindowCount(WindowRule[] rules, TimeSpan[] resetAfter, RedisKey[] keys, RedisValue[] arguments)
    {
        _rules = rules;
        _resetAfter = resetAfter;
        Keys = keys;
        Arguments = arguments;
    }

    public RedisKey[] Keys { get; }

    /// <summary>For each key, its permit limit and its lifetime in ms (until its window ends).</summary>
    public RedisValue[] Arguments { get; }

    public static SharedWindowCount For(IReadOnlyList<WindowRule> rules, RateLimitSubject subject)
    {
        var applying = new List<(WindowRule Rule, string Key)>(rules.Count);
        foreach (var rule in rules)
        {
            if (rule.KeyOf(subject) is { } key)
            {
                applying.Add((rule, key));
            }
        }

        var applied = new WindowRule[applying.Count];
        var resetAfter = new TimeSpan[applying.Count];
        var keys = new RedisKey[applying.Count];
        var arguments = new RedisValue[applying.Count * 2];
        for (var i = 0; i < applying.Count; i++)
        {
            var (rule, key) = applying[i];
            var limit = rule.Limit;
            applied[i] = rule;
            resetAfter[i] = limit.ResetAfter(subject.At);
            keys[i] = SharedCounterKey.Window(rule.Name, key, limit.WindowOf(subject.At));
            arguments[2 * i] = limit.PermitLimit;
            // The counter outlives its window by nothing: the window's number is in its key, so it is never read again.
            arguments[(2 * i) + 1] = Math.Max(1L, (long)Math.Ceiling(resetAfter[i].TotalMilliseconds));
        }

        return new SharedWindowCount(applied, resetAfter, keys, arguments);
    }

    /// <summary>The decision that the script's <paramref name="result"/> makes (see <see cref="SharedCounterScripts.CountWindows"/>).</summary>
    public RateLimitDecision Decide(long[] result)
    {
        if (result.Length == 0 || result[0] < 0 || result[0] > _rules.Length)
        {
            throw new FormatException($"The window counters answered {result.Length} values starting {(result.Length > 0 ? result[0] : 0)}.");
        }

        var refused = (int)result[0];
        var counted = refused == 0 ? _rules.Length : refused - 1;
        if (result.Length != counted + 1)
        {
            throw new FormatException($"The window counters answered {result.Length - 1} counts for {counted} limits.");
        }

        if (refused > 0)
        {
            var rule = _rules[refused - 1];
            return new RateLimitDecision(rule.Name, new RateLimitStatus(rule.Limit.PermitLimit, 0, _resetAfter[refused - 1]));
        }

        RateLimitStatus? tightest = null;
        for (var i = 0; i < _rules.Length; i++)
        {
            var limit = _rules[i].Limit.PermitLimit;
            // Replicas configured with different limits (during a rolling change) may count past this one's.
            var remaining = (int)Math.Max(0, limit - result[i + 1]);
            if (tightest is null || remaining < tightest.Value.Remaining)
            {
                tightest = new RateLimitStatus(limit, remaining, _resetAfter[i]);
            }
        }

        return new RateLimitDecision(null, tightest);
    }
}

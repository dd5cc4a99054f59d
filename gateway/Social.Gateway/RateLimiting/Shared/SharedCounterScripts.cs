namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// The Lua scripts of the shared counters. A script runs atomically on the server, so a check and its count cannot be
/// split by another gateway's, and all of a request's limits cost one round trip.
/// </summary>
internal static class SharedCounterScripts
{
    /// <summary>
    /// Counts one request against fixed-window counters, narrowest first, stopping at the first that has no permit left
    /// (that one, and the ones after it, are not counted: as <see cref="GatewayRateLimiter"/> does in memory). KEYS are
    /// the counters; ARGV holds, for each, its permit limit and how long the counter lives (ms, until its window ends).
    /// Returns { the 1-based index of the refusing counter or 0, then each counted counter's count }.
    /// </summary>
    public const string CountWindows = """
        local result = { 0 }
        for i, key in ipairs(KEYS) do
          local limit = tonumber(ARGV[2 * i - 1])
          local count = tonumber(redis.call('GET', key) or '0')
          if count >= limit then
            result[1] = i
            return result
          end
          count = redis.call('INCR', key)
          if count == 1 then
            redis.call('PEXPIRE', key, ARGV[2 * i])
          end
          result[i + 1] = count
        end
        return result
        """;

    /// <summary>
    /// Opens a stream lease unless the caller holds ARGV[1] unexpired ones. KEYS[1] is the caller's sorted set (member: a
    /// stream, score: its lease's expiry in the server's ms); ARGV[2] the lease in ms, ARGV[3] the stream. The server's
    /// clock decides expiry, so gateways whose clocks differ agree. Returns 1 when opened, 0 when refused.
    /// </summary>
    public const string OpenStream = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
          return 0
        end
        redis.call('ZADD', KEYS[1], string.format('%d', now + tonumber(ARGV[2])), ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    /// <summary>
    /// Renews one gateway's stream leases: KEYS[i] holds the stream ARGV[i + 1]; ARGV[1] is the lease in ms. A lease that
    /// lapsed (the server restarted, or a renewal came late) is added back: the stream is open and must count.
    /// </summary>
    public const string RenewStreams = """
        local time = redis.call('TIME')
        local expiry = string.format('%d', tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) + tonumber(ARGV[1]))
        for i, key in ipairs(KEYS) do
          redis.call('ZADD', key, expiry, ARGV[i + 1])
          redis.call('PEXPIRE', key, ARGV[1])
        end
        return #KEYS
        """;
}

using System.Diagnostics.Metrics;
using Social.ServiceDefaults.Telemetry;

namespace Social.Gateway;

/// <summary>The gateway's own instruments, on the suite's meter (exported with the rest of its metrics).</summary>
internal static class GatewayMetrics
{
    private static readonly Counter<long> RateLimitRefusals = SocialTelemetry.Meter.CreateCounter<long>(
        "social.gateway.rate_limit.refusals", unit: "{request}", description: "Requests the gateway refused for a rate limit, by the limit that refused them.");

    private static readonly Counter<long> SharedCounterFallbacks = SocialTelemetry.Meter.CreateCounter<long>(
        "social.gateway.rate_limit.store_fallbacks", unit: "{operation}",
        description: "Counts this gateway made on its own because the shared Redis counters were unreachable, by operation (window, open-stream, renewal, connect).");

    public static void CountSharedCounterFallback(string operation) =>
        SharedCounterFallbacks.Add(1, new KeyValuePair<string, object?>("social.rate_limit.operation", operation));

    public static void CountRefusal(string limitName) =>
        RateLimitRefusals.Add(1, new KeyValuePair<string, object?>("social.rate_limit", limitName));
}

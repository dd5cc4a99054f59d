using System.Diagnostics.Metrics;
using Social.ServiceDefaults.Telemetry;

namespace Social.EventBus.Redelivery;

/// <summary>What happens to messages whose consumer keeps failing: sent to wait, or given up on.</summary>
public static class RedeliveryMetrics
{
    /// <summary>Messages sent to a delay queue, tagged <c>queue</c> (the consumer's endpoint) and <c>level</c> (1 = first redelivery).</summary>
    public const string RedeliveriesMetric = "social.consumer.redeliveries";

    /// <summary>Messages moved to an endpoint's error queue, tagged <c>queue</c>: each needs a person.</summary>
    public const string DeadLettersMetric = "social.consumer.dead_letters";

    private static readonly Counter<long> Redeliveries = SocialTelemetry.Meter.CreateCounter<long>(
        RedeliveriesMetric, description: "Consumed messages sent to wait in a delay queue before another try");

    private static readonly Counter<long> DeadLetters = SocialTelemetry.Meter.CreateCounter<long>(
        DeadLettersMetric, description: "Consumed messages moved to the error queue");

    internal static void Redelivered(string queue, int level) =>
        Redeliveries.Add(1, new KeyValuePair<string, object?>("queue", queue), new KeyValuePair<string, object?>("level", level));

    internal static void DeadLettered(string queue) => DeadLetters.Add(1, new KeyValuePair<string, object?>("queue", queue));
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Social.ServiceDefaults.Telemetry;

namespace Social.EventBus.Outbox;

/// <summary>The relay's instruments: what it gave up on, and what waits.</summary>
public static class OutboxMetrics
{
    /// <summary>Messages moved to the dead letters, tagged <c>reason</c> (unpublishable, max_attempts). Each one needs a person.</summary>
    public const string DeadLettersMetric = "social.outbox.dead_letters";

    /// <summary>Messages waiting to be published, as the relays of this process last counted them: grows while the broker is away.</summary>
    public const string PendingMetric = "social.outbox.pending";

    public const string UnpublishableReason = "unpublishable";
    public const string MaxAttemptsReason = "max_attempts";

    private static readonly Counter<long> DeadLetters = SocialTelemetry.Meter.CreateCounter<long>(
        DeadLettersMetric, description: "Outbox messages moved to the dead letters");

    private static readonly ConcurrentDictionary<object, long> Backlogs = new();

    static OutboxMetrics() => SocialTelemetry.Meter.CreateObservableGauge(
        PendingMetric, () => Backlogs.Values.Sum(), description: "Outbox messages waiting to be published");

    internal static void DeadLettered(string reason) => DeadLetters.Add(1, new KeyValuePair<string, object?>("reason", reason));

    internal static void SetBacklog(object relay, long pending) => Backlogs[relay] = pending;

    internal static void ForgetBacklog(object relay) => Backlogs.TryRemove(relay, out _);
}

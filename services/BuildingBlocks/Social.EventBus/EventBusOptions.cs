using Social.EventBus.Redelivery;

namespace Social.EventBus;

/// <summary>
/// Consumer retry policy, bound from <c>EventBus</c>: immediate retries in memory, then delayed redeliveries through
/// the broker (<see cref="Redelivery"/>), then the error queue.
/// </summary>
public sealed class EventBusOptions
{
    public const string SectionName = "EventBus";

    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    public DelayedRedeliveryOptions Redelivery { get; set; } = new();
}

namespace Social.EventBus.Outbox;

/// <summary>Relay tuning, bound from <c>EventBus:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "EventBus:Outbox";

    public int BatchSize { get; set; } = 100;

    /// <summary>How often to look for messages when no commit signalled any.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one publish may wait for the broker's confirm before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a relay's hold on the outbox lasts without renewal. A holder renews after a third of it; a replica takes
    /// over when a holder stopped renewing (crashed, frozen, cut off from the database) for this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Failed publishes held against one message before it is moved to the dead letters. Only failures while the broker
    /// confirms other publishes count (see <see cref="OutboxRelay"/>), so an outage never uses them up.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long published messages are kept (for audit and debugging) before they are purged.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages deleted per write; the purge pauses between batches so that other writers get the database.</summary>
    public int PurgeBatchSize { get; set; } = OutboxStoreExtensions.DefaultPurgeBatchSize;
}

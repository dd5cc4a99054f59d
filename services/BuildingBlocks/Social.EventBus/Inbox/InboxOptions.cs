namespace Social.EventBus.Inbox;

/// <summary>Inbox housekeeping, bound from <c>EventBus:Inbox</c>.</summary>
public sealed class InboxOptions
{
    public const string SectionName = "EventBus:Inbox";

    /// <summary>
    /// How long a receipt is kept. It must outlast any redelivery (retries, broker outages, a relay republishing after
    /// a crash): a week is far beyond those, and keeps the table from growing without end.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Receipts deleted per write; the purge pauses between batches so that other writers get the database.</summary>
    public int PurgeBatchSize { get; set; } = InboxStoreExtensions.DefaultPurgeBatchSize;
}

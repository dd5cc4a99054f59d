namespace Social.ServiceDefaults.Messaging.Inbox;

/// <summary>Inbox housekeeping, bound from <c>Messaging:Inbox</c>.</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Messaging:Inbox";

    /// <summary>
    /// How long a receipt is kept. It must outlast any redelivery (retries, broker outages, a relay republishing after
    /// a crash): a week is far beyond those, and keeps the table from growing without end.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}

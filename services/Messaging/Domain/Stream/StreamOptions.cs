namespace Social.Messaging.Domain.Stream;

/// <summary>The <c>Messaging:Stream</c> settings.</summary>
public sealed class StreamOptions
{
    public const string SectionName = "Messaging:Stream";

    /// <summary>How long entries are kept for a reconnect; an older position gets a <c>reset</c> event.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How often an idle stream says it is alive (a comment line), well inside proxies' idle timeouts (the gateway's is
    /// 2 minutes). Each heartbeat also reads the store, so a wake-up lost with a broker connection is made up for.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many entries one read of the store delivers.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often old entries and expired tickets are purged.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);
}

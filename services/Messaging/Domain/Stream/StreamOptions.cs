namespace Social.Messaging.Domain.Stream;

/// <summary>The <c>Messaging:Stream</c> settings.</summary>
public sealed class StreamOptions
{
    public const string SectionName = "Messaging:Stream";

    /// <summary>How long entries are kept for a reconnect; an older position gets a <c>reset</c> event.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How often an idle stream says it is alive (a comment line), well inside proxies' idle timeouts (the gateway's is
    /// 2 minutes); each comes up to one <see cref="StreamHeartbeats.Tick"/> late.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a stream goes without reading the store before a heartbeat reads it anyway, to make up for a wake-up
    /// that never came (lost with a broker connection, or with the instance that committed the entry when it crashed
    /// before telling the others). Wake-ups are lost only in such failures, so this bounds how late an entry can be
    /// then; reading on every heartbeat instead cost 10,000 idle streams about 670 store reads a second.
    /// </summary>
    public TimeSpan MissedWakeUpCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many entries one read of the store delivers.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often old entries and expired tickets are purged.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);
}

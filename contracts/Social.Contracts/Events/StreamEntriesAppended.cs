namespace Social.Contracts.Events;

/// <summary>
/// New entries were appended to these users' live streams (Messaging, to its own instances, straight after the commit
/// and not through the outbox). Only a wake-up call: each instance holding an open stream of one of them reads the new
/// entries from its store by position, so a duplicate, late, reordered or lost notice changes nothing that lasts.
/// </summary>
public sealed record StreamEntriesAppended
{
    public required IReadOnlyList<Guid> UserIds { get; init; }

    /// <summary>The instance that made the change and has woken its own streams already; it ignores its own notice.</summary>
    public Guid? Origin { get; init; }
}

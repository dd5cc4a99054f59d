namespace Social.Contracts.Events;

/// <summary>
/// New entries were appended to these users' live streams (Messaging, to its own instances). Only a wake-up call: each
/// instance holding an open stream of one of them reads the new entries from its store by position, so a duplicate,
/// late or reordered notice changes nothing.
/// </summary>
public sealed record StreamEntriesAppended
{
    public required IReadOnlyList<Guid> UserIds { get; init; }
}

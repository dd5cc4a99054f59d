namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The newest state heard of one cause: present (the actor is in the entry <paramref name="GroupKey"/>, since
/// <paramref name="ActedAt"/>) or not (a retraction marker: an undo heard, possibly before its cause, which a late cause
/// older than <paramref name="ChangedAt"/> must not bring back; purged after a bounded time).
/// </summary>
public sealed record ActivityActor(
    ActivityKey Key,
    bool Present,
    DateTimeOffset ChangedAt,
    string? GroupKey,
    DateTimeOffset ActedAt,
    Guid? ContentId,
    Guid? CommentId);

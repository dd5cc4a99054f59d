namespace Social.Messaging.Domain.Activity;

/// <summary>
/// One entry of a user's activity inbox: one cause, or a group of likes of one item (or of follows) in one day.
/// <paramref name="ActivityId"/> names it for good; <paramref name="Position"/> orders the inbox (newest first) and
/// moves up when a new actor joins, so a grouped entry rises to the top without changing its id.
/// <paramref name="Actors"/> are the newest few, newest first; <paramref name="ActorCount"/> all of them.
/// </summary>
public sealed record ActivityEntry(
    Guid RecipientId,
    Guid ActivityId,
    string GroupKey,
    string Type,
    Guid Position,
    DateTimeOffset CreatedAt,
    long ActorCount,
    IReadOnlyList<Guid> Actors,
    bool Seen,
    Guid? ContentId = null,
    Guid? CommentId = null,
    Guid? StoryId = null,
    Guid? MessageId = null);

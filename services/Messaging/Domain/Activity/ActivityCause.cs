namespace Social.Messaging.Domain.Activity;

/// <summary>
/// Something <paramref name="ActorId"/> did that concerns <paramref name="RecipientId"/>, or (<paramref name="Present"/>
/// false) its undoing, at <paramref name="At"/> (when it happened, not when it arrived). <paramref name="ObjectId"/> is
/// what it was done to, as far as the cause is one of many (the item liked, the comment posted; none for a follow), so
/// that (recipient, type, object, actor) names one cause and its undo alike.
/// </summary>
public sealed record ActivityCause(
    string Type,
    Guid RecipientId,
    Guid ActorId,
    Guid? ObjectId,
    bool Present,
    DateTimeOffset At,
    Guid? ContentId = null,
    Guid? CommentId = null,
    Guid? StoryId = null,
    Guid? MessageId = null)
{
    public ActivityKey Key => new(RecipientId, Type, ObjectId, ActorId);
}

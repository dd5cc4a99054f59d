using Social.Engagement.Domain.Mentions;

namespace Social.Engagement.Domain.Comments;

/// <summary>
/// A comment as Engagement keeps it. <paramref name="ThreadId"/> is the thread's first comment for a reply (null for
/// a top-level comment); <paramref name="OwnerId"/> is the content's owner, kept beside it so a block or a deletion
/// finds the comments on someone's content in one index range. A deleted comment that still has replies stays, with
/// <paramref name="Deleted"/> set and no text.
/// </summary>
public sealed record CommentRecord(
    Guid CommentId,
    Guid ContentId,
    Guid OwnerId,
    Guid AuthorId,
    Guid? ThreadId,
    string Text,
    IReadOnlyList<Mention> Mentions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt = null,
    bool Deleted = false,
    long LikesCount = 0,
    long ReplyCount = 0)
{
    public bool IsReply => ThreadId is not null;

    /// <summary>The thread this comment starts or belongs to.</summary>
    public Guid Thread => ThreadId ?? CommentId;
}

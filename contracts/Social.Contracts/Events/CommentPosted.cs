namespace Social.Contracts.Events;

/// <summary>
/// A comment was posted on a content item, or a reply in a comment's thread (<see cref="ReplyToAuthorId"/> names
/// whom it answers). <see cref="CommentDeleted"/> with the same <see cref="CommentId"/> retracts it.
/// </summary>
public sealed record CommentPosted
{
    public required Guid CommentId { get; init; }

    public required Guid ContentId { get; init; }

    public required Guid OwnerId { get; init; }

    public required Guid AuthorId { get; init; }

    /// <summary>The thread's first comment, for a reply.</summary>
    public Guid? ReplyTo { get; init; }

    public Guid? ReplyToAuthorId { get; init; }

    public required DateTimeOffset At { get; init; }
}

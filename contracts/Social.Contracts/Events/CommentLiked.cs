namespace Social.Contracts.Events;

/// <summary>A user liked a comment; <see cref="CommentUnliked"/> names the same pair to retract it.</summary>
public sealed record CommentLiked
{
    public required Guid CommentId { get; init; }

    public required Guid ContentId { get; init; }

    /// <summary>The comment's author: whom the like concerns.</summary>
    public required Guid AuthorId { get; init; }

    public required Guid UserId { get; init; }

    public required DateTimeOffset At { get; init; }
}

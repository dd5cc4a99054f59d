namespace Social.Contracts.Events;

/// <summary>
/// A comment or a caption links a user it mentions (their <c>whoCanMention</c> allowed it). Raised once per mentioned
/// user, when the comment or the item is posted or an edit adds the mention; <see cref="CommentDeleted"/> (or
/// <see cref="ContentRemoved"/> for a caption) retracts it.
/// </summary>
public sealed record UserMentioned
{
    /// <summary>The comment that mentions; null when it is the item's caption.</summary>
    public Guid? CommentId { get; init; }

    public required Guid ContentId { get; init; }

    public required Guid AuthorId { get; init; }

    public required Guid MentionedId { get; init; }

    public required DateTimeOffset At { get; init; }
}

namespace Social.Contracts.Events;

/// <summary>
/// A comment is gone (<see cref="Reason"/>, one of <see cref="CommentEndReasons"/>): consumers retract what
/// <see cref="CommentPosted"/>, its mentions and its likes caused.
/// </summary>
public sealed record CommentDeleted
{
    public required Guid CommentId { get; init; }

    public required Guid ContentId { get; init; }

    public required Guid OwnerId { get; init; }

    public required Guid AuthorId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}

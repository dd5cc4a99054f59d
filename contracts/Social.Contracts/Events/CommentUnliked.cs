namespace Social.Contracts.Events;

/// <summary>A comment like ended (<see cref="Reason"/>, one of <see cref="LikeEndReasons"/>).</summary>
public sealed record CommentUnliked
{
    public required Guid CommentId { get; init; }

    public required Guid ContentId { get; init; }

    public required Guid AuthorId { get; init; }

    public required Guid UserId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}

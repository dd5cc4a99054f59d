namespace Social.Contracts.Events;

/// <summary>
/// A like ended: the user took it back, or it was removed with a block or the liker's account (<see cref="Reason"/>,
/// one of <see cref="LikeEndReasons"/>). Consumers retract what <see cref="ContentLiked"/> caused.
/// </summary>
public sealed record ContentUnliked
{
    public required Guid ContentId { get; init; }

    public required Guid OwnerId { get; init; }

    public required Guid UserId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}

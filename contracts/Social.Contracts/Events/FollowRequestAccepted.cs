namespace Social.Contracts.Events;

/// <summary>
/// A follow request was accepted (by the target, or because the account went public). A <see cref="UserFollowed"/>
/// for the new edge is published with it.
/// </summary>
public sealed record FollowRequestAccepted
{
    public required Guid RequesterId { get; init; }

    public required Guid TargetId { get; init; }

    public required DateTimeOffset At { get; init; }
}

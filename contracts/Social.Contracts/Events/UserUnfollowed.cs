namespace Social.Contracts.Events;

/// <summary>
/// A follow edge is gone: the follower unfollowed (<see cref="FollowEndReasons.Unfollowed"/>), the followee removed
/// them (<see cref="FollowEndReasons.Removed"/>, also published as <see cref="FollowerRemoved"/>), or a block severed
/// it (<see cref="FollowEndReasons.Blocked"/>). Consumers retract what the follow caused (e.g. a notification).
/// </summary>
public sealed record UserUnfollowed
{
    public required Guid FollowerId { get; init; }

    public required Guid FolloweeId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}

namespace Social.Contracts.Events;

/// <summary>
/// A pending follow request ended without a follow: cancelled by the requester, declined by the target (the requester
/// is not told), or dropped by a block. Consumers retract the request's notification.
/// </summary>
public sealed record FollowRequestWithdrawn
{
    public required Guid RequesterId { get; init; }

    public required Guid TargetId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}

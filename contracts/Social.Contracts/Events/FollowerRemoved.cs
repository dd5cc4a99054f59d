namespace Social.Contracts.Events;

/// <summary>A user removed one of their followers (without blocking them). Published by Graph.</summary>
public sealed record FollowerRemoved
{
    public required Guid UserId { get; init; }

    public required Guid FollowerId { get; init; }

    public required DateTimeOffset At { get; init; }
}

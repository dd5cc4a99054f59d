namespace Social.Contracts.Events;

/// <summary>A follow edge now exists (followed a public account, or a request was accepted). Published by Graph.</summary>
public sealed record UserFollowed
{
    public required Guid FollowerId { get; init; }

    public required Guid FolloweeId { get; init; }

    public required DateTimeOffset At { get; init; }
}

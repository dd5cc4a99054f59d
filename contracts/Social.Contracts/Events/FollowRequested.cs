namespace Social.Contracts.Events;

/// <summary>A user asked to follow a private account. Published by Graph.</summary>
public sealed record FollowRequested
{
    public required Guid RequesterId { get; init; }

    public required Guid TargetId { get; init; }

    public required DateTimeOffset At { get; init; }
}

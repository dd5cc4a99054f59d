namespace Social.Contracts.Events;

/// <summary>
/// A user's follower and following counts, as Graph holds them after a change. Absolute values with a version that
/// grows with every change of this user's counts: consumers keep the highest version, so a duplicated, late or
/// reordered event never counts twice or rolls a count back.
/// </summary>
public sealed record FollowCountsChanged
{
    public required Guid UserId { get; init; }

    public required long Followers { get; init; }

    public required long Following { get; init; }

    public required long Version { get; init; }
}

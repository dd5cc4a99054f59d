namespace Social.Contracts.Events;

/// <summary>
/// A user's follower and following counts, as Graph held them in one counter before it kept them in shards. No longer
/// published: <see cref="FollowCountsShardChanged"/> replaced it, because a total computed in one of two concurrent
/// transactions misses the other's change once the counts are sharded. Consumers still accept it for the events
/// published before the change: Graph's former single counter became shard
/// <see cref="FollowCountsShardChanged.FormerTotalShard"/>, whose versions go on from this event's, so this event is
/// that shard's value at <see cref="Version"/>.
/// </summary>
public sealed record FollowCountsChanged
{
    public required Guid UserId { get; init; }

    public required long Followers { get; init; }

    public required long Following { get; init; }

    public required long Version { get; init; }
}

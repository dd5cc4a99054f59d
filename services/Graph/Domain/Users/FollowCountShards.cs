using Social.Contracts.Events;
using Social.ServiceDefaults.Ids;

namespace Social.Graph.Domain.Users;

/// <summary>
/// A user's follower and following counts are kept in <see cref="Count"/> shards, and a change of one edge goes to the
/// shard of the edge's other party: a celebrity's new follower counts in the follower's shard, the follower's new
/// followee in the celebrity's. Concurrent followers of one user then write different counters (on MongoDB, different
/// documents) instead of all conflicting on one, and the same edge always comes and goes in the same shard. Reading a
/// count sums the shards: point lookups bounded by <see cref="Count"/>.
/// </summary>
public static class FollowCountShards
{
    public const int Count = 16;

    /// <summary>
    /// The shard a repair writes its difference into: the one that holds the counts from before the shards, where drift
    /// that is older than them sits.
    /// </summary>
    public const int Repair = FollowCountsShardChanged.FormerTotalShard;

    /// <summary>The shard of a count change that an edge with <paramref name="otherParty"/> causes.</summary>
    public static int Of(Guid otherParty) => IdShards.Of(otherParty, Count);
}

using Social.Contracts.Events;

namespace Social.Profile.Domain.Profiles;

/// <summary>
/// Graph announces each shard of a user's counts as absolute values with a version; the events may arrive late, twice
/// or out of order, and one may be lost, so the version alone decides which values a shard holds, on every database
/// alike. The profile shows the sums of the shards.
/// </summary>
public static class FollowCountsRules
{
    /// <summary>A shard takes the announced values when it holds none yet, or only an older version.</summary>
    public static bool MayApply(FollowCountsShard? stored, FollowCountsShard incoming) =>
        stored is null || incoming.Version > stored.Version;

    public static FollowCountsShard ShardOf(FollowCountsShardChanged changed) =>
        new(changed.Shard, changed.Followers, changed.Following, changed.Version);

    /// <summary>
    /// An event from before the shards: the totals of Graph's one counter, which became shard
    /// <see cref="FollowCountsShardChanged.FormerTotalShard"/> with its versions, as the profile's stored totals did.
    /// </summary>
    public static FollowCountsShard ShardOf(FollowCountsChanged former) =>
        new(FollowCountsShardChanged.FormerTotalShard, former.Followers, former.Following, former.Version);

    /// <summary>
    /// The totals a profile stored before the shards, at the version they came with: that same shard, or none when no
    /// counts were ever applied.
    /// </summary>
    public static FollowCountsShard? FormerTotals(long followers, long following, long version) =>
        (followers, following, version) == (0, 0, 0) ? null : new(FollowCountsShardChanged.FormerTotalShard, followers, following, version);
}

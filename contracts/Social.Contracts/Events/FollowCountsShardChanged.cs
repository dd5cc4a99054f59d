namespace Social.Contracts.Events;

/// <summary>
/// One shard of a user's follower and following counts now stands at <see cref="Followers"/> and
/// <see cref="Following"/>, as of <see cref="Version"/>; the profile's counts are the sums of the user's shards. Graph
/// keeps each user's counts in shards chosen by the other party of the edge (a celebrity's followers count in the
/// follower's shard), so concurrent followers of one user do not all write one counter, which on MongoDB would make
/// their transactions conflict and retry in a pile.
/// <para>
/// Per shard, never a total: two follows of one user in different shards commit concurrently, each in a snapshot
/// that misses the other's increment, so a total computed in either transaction would be one short, and whichever
/// arrived last would stick. A shard is written by one transaction at a time (they conflict, or queue, on it), so its
/// value with its version is exact. Each change of a shard raises its version by one, so a consumer that keeps the
/// highest version per shard holds the right sums whatever order, duplicates or losses came before: any later event
/// of the shard, or a reconciler's re-announcement, sets it right again. Absolute values, not deltas, for that reason.
/// A shard's value alone may be negative (an edge made before the shards was counted in <see cref="FormerTotalShard"/>
/// and may end in another); only the sums are counts.
/// </para>
/// </summary>
public sealed record FollowCountsShardChanged
{
    /// <summary>
    /// The shard that continues the user's counts as <see cref="FollowCountsChanged"/> published them, totals and
    /// versions alike: a <see cref="FollowCountsChanged"/> still on its way is read as this shard.
    /// </summary>
    public const int FormerTotalShard = 0;

    public required Guid UserId { get; init; }

    public required int Shard { get; init; }

    public required long Followers { get; init; }

    public required long Following { get; init; }

    public required long Version { get; init; }

    public required DateTimeOffset At { get; init; }
}

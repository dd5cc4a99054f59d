using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Storage;

namespace Social.Profile.Domain.Profiles;

/// <summary>
/// Keeps a profile's follower and following counts: the sums of the user's shards of counts, each at the highest
/// version Graph has announced, so duplicates, any order of arrival and a re-announcement give the counts of the
/// user's edges.
/// </summary>
public sealed class FollowCountsSync(IProfileStore store)
{
    /// <summary>
    /// Applies <paramref name="changed"/> once per message. An older or repeated version of the shard, or a user without
    /// a profile (deleted), changes nothing. False only when the message was applied already (a redelivery).
    /// </summary>
    public Task<bool> ApplyAsync(FollowCountsShardChanged changed, MessageReceipt receipt, CancellationToken cancellationToken) =>
        ApplyAsync(changed.UserId, FollowCountsRules.ShardOf(changed), receipt, cancellationToken);

    /// <summary>An event published before the shards, still on its way: applied as the shard it became.</summary>
    public Task<bool> ApplyAsync(FollowCountsChanged former, MessageReceipt receipt, CancellationToken cancellationToken) =>
        ApplyAsync(former.UserId, FollowCountsRules.ShardOf(former), receipt, cancellationToken);

    private Task<bool> ApplyAsync(Guid userId, FollowCountsShard incoming, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyFollowCountsAsync(
            userId,
            receipt,
            incoming.Shard,
            stored => FollowCountsRules.MayApply(stored, incoming) ? incoming : null,
            cancellationToken);
}

using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Storage;

namespace Social.Profile.Domain.Profiles;

/// <summary>
/// Keeps a profile's likes count: the sum of the user's shards of likes received, each at the highest version
/// Engagement has announced, so duplicates, any order of arrival and a re-announcement give the likes on the user's
/// content.
/// </summary>
public sealed class LikesReceivedSync(IProfileStore store)
{
    /// <summary>
    /// Applies <paramref name="changed"/> once per message. An older or repeated version, or a user without a profile
    /// (deleted), changes nothing. False only when the message was applied already (a redelivery).
    /// </summary>
    public Task<bool> ApplyAsync(LikesReceivedChanged changed, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        var incoming = new LikesReceivedShard(changed.Shard, changed.Likes, changed.Version);
        return store.ApplyLikesReceivedAsync(
            changed.UserId,
            receipt,
            incoming.Shard,
            stored => LikesReceivedRules.MayApply(stored, incoming) ? incoming : null,
            cancellationToken);
    }
}

using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Storage;

namespace Social.Profile.Domain.Profiles;

/// <summary>Keeps a profile's follower and following counts at the highest version Graph has published.</summary>
public sealed class FollowCountsSync(IProfileStore store)
{
    /// <summary>
    /// Applies <paramref name="changed"/> once per message. An older or repeated version, or a user without a profile
    /// (deleted), changes nothing. False only when the message was applied already (a redelivery).
    /// </summary>
    public Task<bool> ApplyAsync(FollowCountsChanged changed, MessageReceipt receipt, CancellationToken cancellationToken)
    {
        var incoming = new FollowCounts(changed.Followers, changed.Following, changed.Version);
        return store.ApplyFollowCountsAsync(
            changed.UserId,
            receipt,
            stored => FollowCountsRules.MayApply(stored, incoming) ? incoming : null,
            cancellationToken);
    }
}

using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Profile.Storage;

namespace Social.Profile.Domain.Profiles;

/// <summary>
/// Keeps a profile's likes count: the sum of Engagement's likes-received deltas, each applied once. Deltas commute,
/// so duplicates (the inbox) and any order of arrival give the number of likes on the user's content.
/// </summary>
public sealed class LikesReceivedSync(IProfileStore store)
{
    public Task<bool> ApplyAsync(LikesReceivedChanged changed, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.AddLikesReceivedAsync(changed.UserId, changed.Delta, receipt, cancellationToken);
}

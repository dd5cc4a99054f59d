using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Story.Storage;

namespace Social.Story.Domain.Tray;

/// <summary>
/// A new follow brings the followee's live stories into the follower's stored tray (a post fans out only to who
/// followed then). Unfollows, blocks, mutes and close-friends changes need no write: a tray read asks Graph about the
/// page's owners and shows only what the viewer may see now, and rows outlive nothing but their stories' day.
/// </summary>
public sealed class TrayFollows(IStoryStore store, TimeProvider clock)
{
    public Task<bool> FollowedAsync(UserFollowed followed, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(
            receipt,
            (transaction, ct) => (Task)TrayRefresh.RefreshAsync(transaction, followed.FollowerId, followed.FolloweeId, clock.GetUtcNow(), onlyIfPresent: false, ct),
            cancellationToken);
}

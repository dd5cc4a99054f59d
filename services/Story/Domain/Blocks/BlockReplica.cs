using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Relationships.Blocks;
using Social.Story.Domain.Tray;
using Social.Story.Storage;

namespace Social.Story.Domain.Blocks;

/// <summary>
/// Graph's blocks as Story needs them. A block removes each user's views (and so likes) of the other's stories made
/// before it, so the blocked user leaves the blocker's viewer lists and the blocker leaves theirs; a late or reordered
/// event removes exactly those, never a view made after a later unblock. The replicated state lets a view or a like
/// racing a block see it in its own transaction. Removed views make stories unseen again, so any stored tray rows of
/// the pair are recomputed (a tray read hides the blocked owner anyway; the rows must only not claim "seen").
/// </summary>
public sealed class BlockReplica(IStoryStore store, TimeProvider clock)
{
    public Task<bool> BlockedAsync(UserBlocked blocked, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(receipt, async (transaction, ct) =>
        {
            await ReplicatedBlocks.ApplyAsync(transaction, new BlockState(blocked.BlockerId, blocked.BlockedId, true, blocked.At), ct);
            await transaction.DeleteViewsAsync(blocked.BlockerId, blocked.BlockedId, blocked.At, ct);
            await transaction.DeleteViewsAsync(blocked.BlockedId, blocked.BlockerId, blocked.At, ct);
            var now = clock.GetUtcNow();
            await TrayRefresh.RefreshAsync(transaction, blocked.BlockedId, blocked.BlockerId, now, onlyIfPresent: true, ct);
            await TrayRefresh.RefreshAsync(transaction, blocked.BlockerId, blocked.BlockedId, now, onlyIfPresent: true, ct);
        }, cancellationToken);

    public Task<bool> UnblockedAsync(UserUnblocked unblocked, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(
            receipt,
            (transaction, ct) => ReplicatedBlocks.ApplyAsync(transaction, new BlockState(unblocked.BlockerId, unblocked.BlockedId, false, unblocked.At), ct),
            cancellationToken);
}

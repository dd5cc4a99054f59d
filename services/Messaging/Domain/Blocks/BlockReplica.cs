using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Storage;
using Social.Relationships.Blocks;

namespace Social.Messaging.Domain.Blocks;

/// <summary>
/// Graph's blocks as Messaging needs them: a block locks the pair's 1:1 both ways at once (neither finds it nor sends
/// in it), an unblock unlocks it when no block remains either way. Events may come twice, late or out of order: the
/// newest state of each edge wins (<see cref="ReplicatedBlocks"/>), and the lock follows both edges. A block also takes
/// what each of the pair did out of the other's activity inbox (features 1: each is invisible to the other).
/// </summary>
public sealed class BlockReplica(IMessagingStore store)
{
    public Task<bool> BlockedAsync(UserBlocked blocked, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(receipt, (transaction, ct) => ApplyAsync(transaction, new BlockState(blocked.BlockerId, blocked.BlockedId, true, blocked.At), ct), cancellationToken);

    public Task<bool> UnblockedAsync(UserUnblocked unblocked, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(receipt, (transaction, ct) => ApplyAsync(transaction, new BlockState(unblocked.BlockerId, unblocked.BlockedId, false, unblocked.At), ct), cancellationToken);

    private static async Task ApplyAsync(IMessagingTransaction transaction, BlockState incoming, CancellationToken cancellationToken)
    {
        if (!await ReplicatedBlocks.ApplyAsync(transaction, incoming, cancellationToken))
        {
            return;
        }

        if (incoming.Blocked)
        {
            var changes = new ActivityChanges(transaction);
            await ActivityWrites.SeparateAsync(transaction, changes, incoming.BlockerId, incoming.BlockedId, incoming.ChangedAt, cancellationToken);
            await changes.FlushAsync(cancellationToken);
        }

        var (low, high) = ConversationRules.Pair(incoming.BlockerId, incoming.BlockedId);
        if (await transaction.ReadDirectAsync(low, high, cancellationToken) is not { } conversationId)
        {
            return;
        }

        // Locked while blocked either way: the incoming edge, now stored, and the other direction as heard so far.
        var locked = await ReplicatedBlocks.SeparateAsync(transaction, incoming.BlockerId, incoming.BlockedId, cancellationToken);
        var changed = (await transaction.ReadMembersAsync(conversationId, cancellationToken)).Where(m => m.Locked != locked).Select(m => m with { Locked = locked }).ToList();
        await MemberWrites.WriteAsync(transaction, changed, cancellationToken);
    }
}

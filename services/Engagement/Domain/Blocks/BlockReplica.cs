using Social.Contracts.Events;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Tags;
using Social.Engagement.Storage;
using Social.EventBus.Inbox;
using Social.Relationships.Blocks;

namespace Social.Engagement.Domain.Blocks;

/// <summary>
/// Graph's blocks as Engagement needs them. A block removes the blocked user's likes, comments and comment likes on
/// the blocker's content and the tags between the pair, made before the block, so a late or reordered event still
/// removes exactly those (and never a like made after a later unblock); the replicated state lets a like that races a
/// block see it in its own transaction.
/// </summary>
public sealed class BlockReplica(IEngagementStore store, TimeProvider clock)
{
    public Task<bool> BlockedAsync(UserBlocked blocked, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(receipt, async (transaction, ct) =>
        {
            await ReplicatedBlocks.ApplyAsync(transaction, new BlockState(blocked.BlockerId, blocked.BlockedId, true, blocked.At), ct);
            var changes = new EngagementChanges(transaction, clock);
            foreach (var like in await transaction.DeleteLikesOnContentOfAsync(blocked.BlockedId, blocked.BlockerId, blocked.At, ct))
            {
                await transaction.AdjustLikesAsync(like.ContentId, like.Shard, -1, ct);
                changes.Unliked(like.ContentId, like.OwnerId, blocked.BlockedId, LikeEndReasons.Blocked);
            }

            foreach (var comment in await transaction.CommentsOnContentOfAsync(blocked.BlockedId, blocked.BlockerId, blocked.At, ct))
            {
                await CommentRemoval.RemoveAsync(transaction, changes, comment.CommentId, CommentEndReasons.Blocked, ct);
            }

            foreach (var comment in await transaction.DeleteCommentLikesOnContentOfAsync(blocked.BlockedId, blocked.BlockerId, blocked.At, ct))
            {
                await transaction.AdjustCommentLikesAsync(comment.CommentId, -1, ct);
                changes.CommentUnliked(comment.CommentId, comment.ContentId, comment.AuthorId, blocked.BlockedId, LikeEndReasons.Blocked);
            }

            foreach (var tag in await transaction.DeleteTagsBetweenAsync(blocked.BlockerId, blocked.BlockedId, blocked.At, ct))
            {
                changes.TagRemoved(tag, TagEndReasons.Blocked);
            }

            await changes.CompleteAsync(ct);
        }, cancellationToken);

    public Task<bool> UnblockedAsync(UserUnblocked unblocked, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplyOnceAsync(
            receipt,
            (transaction, ct) => ReplicatedBlocks.ApplyAsync(transaction, new BlockState(unblocked.BlockerId, unblocked.BlockedId, false, unblocked.At), ct),
            cancellationToken);
}

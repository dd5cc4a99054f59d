using Social.Engagement.Domain.Likes;
using Social.Engagement.Storage;

namespace Social.Engagement.Domain.Comments;

/// <summary>
/// Takes a comment away, the one way every cause does it (its author, the content's owner, a block, a deleted
/// account). A top-level comment that still has replies stays as deleted, so its thread reads on; anything else goes
/// with its likes and history, and a deleted first comment goes once its last reply does. The content's count drops
/// by one either way, and the event says why.
/// </summary>
internal static class CommentRemoval
{
    /// <summary>Removes the comment as it stands in this transaction (a reply removed earlier in it changed its thread).</summary>
    public static async Task RemoveAsync(
        IEngagementTransaction transaction, EngagementChanges changes, Guid commentId, string reason, CancellationToken cancellationToken)
    {
        if (await transaction.ReadCommentAsync(commentId, cancellationToken) is not { Deleted: false } comment)
        {
            return;
        }

        if (!comment.IsReply && comment.ReplyCount > 0)
        {
            await transaction.MarkCommentDeletedAsync(comment.CommentId, cancellationToken);
        }
        else
        {
            await transaction.DeleteCommentAsync(comment.CommentId, cancellationToken);
        }

        if (comment.ThreadId is { } thread && await transaction.AdjustReplyCountAsync(thread, -1, cancellationToken) == 0
            && await transaction.ReadCommentAsync(thread, cancellationToken) is { Deleted: true })
        {
            await transaction.DeleteCommentAsync(thread, cancellationToken);
        }

        if (await transaction.ReadContentAsync(comment.ContentId, cancellationToken) is { } content && content.PinnedCommentId == comment.CommentId)
        {
            await transaction.SetPinnedCommentAsync(comment.ContentId, null, cancellationToken);
        }

        await transaction.AdjustCommentsAsync(comment.ContentId, LikeCounterShards.Of(comment.AuthorId), -1, cancellationToken);
        changes.CommentDeleted(comment, reason);
    }
}

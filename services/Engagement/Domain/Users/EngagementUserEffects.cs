using Social.Contracts.Events;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Storage;
using Social.KnownUsers;

namespace Social.Engagement.Domain.Users;

/// <summary>What an account's deletion means for Engagement, in the transaction that applies it.</summary>
public sealed class EngagementUserEffects(TimeProvider clock) : IKnownUserEffects<IEngagementTransaction>
{
    /// <summary>
    /// The user's content goes, with everything on it and their likes received; every like and comment they gave goes
    /// (a comment with replies stays as deleted), and every count they touched drops with it.
    /// </summary>
    public async Task UserRemovedAsync(IEngagementTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        var changes = new EngagementChanges(transaction, clock);
        foreach (var contentId in await transaction.ContentOfAsync(userId, cancellationToken))
        {
            changes.Removed(contentId, userId, await transaction.DeleteContentAsync(contentId, cancellationToken));
        }

        await changes.OwnerRemovedAsync(userId, cancellationToken);

        foreach (var like in await transaction.DeleteLikesByAsync(userId, cancellationToken))
        {
            await transaction.AdjustLikesAsync(like.ContentId, like.Shard, -1, cancellationToken);
            changes.Unliked(like.ContentId, like.OwnerId, userId, LikeEndReasons.AccountDeleted);
        }

        foreach (var comment in await transaction.CommentsByAsync(userId, cancellationToken))
        {
            await CommentRemoval.RemoveAsync(transaction, changes, comment.CommentId, CommentEndReasons.AccountDeleted, cancellationToken);
        }

        foreach (var comment in await transaction.DeleteCommentLikesByAsync(userId, cancellationToken))
        {
            await transaction.AdjustCommentLikesAsync(comment.CommentId, -1, cancellationToken);
            changes.CommentUnliked(comment.CommentId, comment.ContentId, comment.AuthorId, userId, LikeEndReasons.AccountDeleted);
        }

        foreach (var tag in await transaction.DeleteTagsOfUserAsync(userId, cancellationToken))
        {
            changes.TagRemoved(tag, TagEndReasons.AccountDeleted);
        }

        await transaction.DeleteBlocksOfAsync(userId, cancellationToken);
        await transaction.DeleteIdempotencyKeysOfAsync(userId, cancellationToken);
        await changes.CompleteAsync(cancellationToken);
    }

    public Task SettingsChangedAsync(IEngagementTransaction transaction, UserSettings? previous, UserSettings current, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

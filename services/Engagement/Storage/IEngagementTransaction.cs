using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Tags;
using Social.KnownUsers;
using Social.Relationships.Blocks;
using Social.Storage;

namespace Social.Engagement.Storage;

/// <summary>
/// The statements of one Engagement write transaction: facts read and state written in it. Each write says what it
/// did (inserted, deleted, what it removed) and decides nothing; the domain adjusts counts and raises the events.
/// </summary>
public interface IEngagementTransaction : IKnownUsersTransaction, IBlockReplicaTransaction, IIdempotencyKeyTransaction
{
    Task<ContentRecord?> ReadContentAsync(Guid contentId, CancellationToken cancellationToken);

    /// <summary>Inserts the item unless one with its id exists; true when inserted.</summary>
    Task<bool> InsertContentAsync(ContentRecord content, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the item with everything on it (likes, comments, their likes and history, tags, counters); returns how many
    /// likes it had in each shard (none when there was no item).
    /// </summary>
    Task<IReadOnlyDictionary<int, long>> DeleteContentAsync(Guid contentId, CancellationToken cancellationToken);

    /// <summary>The ids of every item <paramref name="ownerId"/> owns.</summary>
    Task<IReadOnlyList<Guid>> ContentOfAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>Inserts the like of <paramref name="userId"/> unless there is one; true when inserted.</summary>
    Task<bool> InsertLikeAsync(ContentRecord content, Guid userId, Guid likeId, int shard, CancellationToken cancellationToken);

    /// <summary>Deletes the like of <paramref name="userId"/>; true when there was one.</summary>
    Task<bool> DeleteLikeAsync(Guid contentId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="delta"/> to one shard of the item's like count.</summary>
    Task AdjustLikesAsync(Guid contentId, int shard, long delta, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="delta"/> to one shard of the owner's likes received (a new shard starts at 0, version 0) and
    /// raises its version by one; returns the shard as now stored.
    /// </summary>
    Task<LikesReceived> AdjustLikesReceivedAsync(Guid ownerId, int shard, long delta, CancellationToken cancellationToken);

    /// <summary>Deletes every shard of the owner's likes received.</summary>
    Task DeleteLikesReceivedOfAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>One shard of the owner's stored likes received (0 when there is none) beside the likes in that shard on their content.</summary>
    Task<LikesReceivedCounter> ReadLikesReceivedCounterAsync(Guid ownerId, int shard, CancellationToken cancellationToken);

    /// <summary>The item's like count now stored (the sum of its shards).</summary>
    Task<long> ReadLikesCountAsync(Guid contentId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every like <paramref name="likerId"/> gave to <paramref name="ownerId"/>'s items before
    /// <paramref name="before"/>; returns them.
    /// </summary>
    Task<IReadOnlyList<LikedItem>> DeleteLikesOnContentOfAsync(Guid likerId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Deletes every like <paramref name="likerId"/> gave; returns them.</summary>
    Task<IReadOnlyList<LikedItem>> DeleteLikesByAsync(Guid likerId, CancellationToken cancellationToken);

    Task SetPinnedCommentAsync(Guid contentId, Guid? commentId, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="delta"/> to one shard of the item's comment count.</summary>
    Task AdjustCommentsAsync(Guid contentId, int shard, long delta, CancellationToken cancellationToken);

    Task<CommentRecord?> ReadCommentAsync(Guid commentId, CancellationToken cancellationToken);

    Task InsertCommentAsync(CommentRecord comment, CancellationToken cancellationToken);

    /// <summary>Stores the comment's new text, mentions and edit time.</summary>
    Task ReplaceCommentTextAsync(CommentRecord comment, CancellationToken cancellationToken);

    Task InsertCommentEditAsync(CommentEdit edit, CancellationToken cancellationToken);

    /// <summary>Keeps the comment in its thread as deleted: no text, no mentions, no likes, no history.</summary>
    Task MarkCommentDeletedAsync(Guid commentId, CancellationToken cancellationToken);

    /// <summary>Deletes the comment with its likes and history.</summary>
    Task DeleteCommentAsync(Guid commentId, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="delta"/> to the thread's reply count; returns the count now stored (0 when there is no such comment).</summary>
    Task<long> AdjustReplyCountAsync(Guid threadId, long delta, CancellationToken cancellationToken);

    /// <summary>Inserts the like of <paramref name="userId"/> on the comment unless there is one; true when inserted.</summary>
    Task<bool> InsertCommentLikeAsync(CommentRecord comment, Guid userId, CancellationToken cancellationToken);

    Task<bool> DeleteCommentLikeAsync(Guid commentId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Adds <paramref name="delta"/> to the comment's like count; returns the count now stored.</summary>
    Task<long> AdjustCommentLikesAsync(Guid commentId, long delta, CancellationToken cancellationToken);

    /// <summary>The comments <paramref name="authorId"/> wrote on <paramref name="ownerId"/>'s items before <paramref name="before"/>, not deleted.</summary>
    Task<IReadOnlyList<CommentRecord>> CommentsOnContentOfAsync(Guid authorId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Every comment <paramref name="authorId"/> wrote, not deleted.</summary>
    Task<IReadOnlyList<CommentRecord>> CommentsByAsync(Guid authorId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes every like <paramref name="userId"/> gave before <paramref name="before"/> to comments on
    /// <paramref name="ownerId"/>'s items; returns the comments they were on.
    /// </summary>
    Task<IReadOnlyList<CommentRecord>> DeleteCommentLikesOnContentOfAsync(Guid userId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Deletes every comment like <paramref name="userId"/> gave; returns the comments they were on.</summary>
    Task<IReadOnlyList<CommentRecord>> DeleteCommentLikesByAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Inserts the tag unless the user is already tagged in the item; true when inserted.</summary>
    Task<bool> InsertTagAsync(TagRecord tag, CancellationToken cancellationToken);

    /// <summary>Deletes the user's tag in the item; returns it, or null when there was none.</summary>
    Task<TagRecord?> DeleteTagAsync(Guid contentId, Guid userId, CancellationToken cancellationToken);

    Task<int> CountTagsAsync(Guid contentId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the tags made before <paramref name="before"/> that tie the pair: either one tagged in the other's
    /// items; returns them.
    /// </summary>
    Task<IReadOnlyList<TagRecord>> DeleteTagsBetweenAsync(Guid userA, Guid userB, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Deletes every tag of <paramref name="userId"/> in others' items; returns them.</summary>
    Task<IReadOnlyList<TagRecord>> DeleteTagsOfUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The item's stored counts beside the count of its likes and comments, in this transaction; null when there is no item.</summary>
    Task<ItemCounters?> ReadCounterAsync(Guid contentId, CancellationToken cancellationToken);
}

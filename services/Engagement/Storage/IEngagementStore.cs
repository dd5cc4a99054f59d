using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Tags;
using Social.KnownUsers;
using Social.Storage;

namespace Social.Engagement.Storage;

/// <summary>
/// Engagement's storage port. Adapters: SQLite (default), MongoDB. They read facts and write state and events;
/// every decision is the domain's, so the two databases cannot disagree. Writes run in <see cref="WriteAsync{T}"/>
/// (or, for consumers, <see cref="IKnownUsersStore{T}.ApplyOnceAsync"/>). Like counts are stored in shards
/// (<see cref="LikeCounterShards"/>) and changed in the transaction of the like; reads are point lookups and index
/// ranges, so a viral item costs what an ordinary one does.
/// </summary>
public interface IEngagementStore : IKnownUsersStore<IEngagementTransaction>, IIdempotencyKeyStore
{
    /// <summary>Runs <paramref name="work"/> in one write transaction with the events it publishes.</summary>
    Task<T> WriteAsync<T>(Func<IEngagementTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    Task<ContentItem?> FindContentAsync(Guid contentId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="contentIds"/> that exist, in no particular order.</summary>
    Task<IReadOnlyList<ContentItem>> FindContentsAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken);

    /// <summary>
    /// A page of <paramref name="owner"/>'s items whose audience is one of <paramref name="audiences"/>, newest first,
    /// after <paramref name="after"/>.
    /// </summary>
    Task<ContentPage> ListContentAsync(Guid owner, IReadOnlySet<string> audiences, ContentPosition? after, int limit, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="contentIds"/> that <paramref name="userId"/> likes.</summary>
    Task<IReadOnlySet<Guid>> LikedAsync(Guid userId, IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken);

    /// <summary>A page of the item's likers, newest first, after the like <paramref name="afterLike"/>, with their handles.</summary>
    Task<LikerPage> ListLikersAsync(Guid contentId, Guid? afterLike, int limit, CancellationToken cancellationToken);

    Task<CommentRecord?> FindCommentAsync(Guid commentId, CancellationToken cancellationToken);

    /// <summary>A page of the item's top-level comments, newest first, after <paramref name="after"/>, leaving out <paramref name="excluding"/> (the pinned one).</summary>
    Task<CommentPage> ListCommentsAsync(Guid contentId, Guid? after, int limit, Guid? excluding, CancellationToken cancellationToken);

    /// <summary>A page of a thread's replies, oldest first, after <paramref name="after"/>.</summary>
    Task<CommentPage> ListRepliesAsync(Guid threadId, Guid? after, int limit, CancellationToken cancellationToken);

    /// <summary>A page of a comment's earlier texts, newest first, after the edit <paramref name="after"/>.</summary>
    Task<CommentEditPage> ListEditsAsync(Guid commentId, Guid? after, int limit, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="commentIds"/> that <paramref name="userId"/> likes.</summary>
    Task<IReadOnlySet<Guid>> CommentsLikedAsync(Guid userId, IReadOnlyCollection<Guid> commentIds, CancellationToken cancellationToken);

    /// <summary>The tags of each of <paramref name="contentIds"/> that has any, oldest first, with the tagged users' handles.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<TaggedUser>>> TagsOfAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken);

    /// <summary>A page of the tags of <paramref name="userId"/>, newest first, after the tag <paramref name="afterTag"/>.</summary>
    Task<TagPage> ListTagsOfUserAsync(Guid userId, Guid? afterTag, int limit, CancellationToken cancellationToken);

    /// <summary>The known users with these (lower-case) handles.</summary>
    Task<IReadOnlyList<KnownUser>> FindUsersByHandlesAsync(IReadOnlyCollection<string> lowerCaseHandles, CancellationToken cancellationToken);

    /// <summary>Every item's stored counts beside the count of its likes and comments (an operations scan, never on the request path).</summary>
    IAsyncEnumerable<ItemCounters> ReadCountersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every owner's likes received, shard by shard, stored beside the likes in that shard on their content, from one
    /// consistent view; a shard with likes but nothing stored is listed too (stored 0).
    /// </summary>
    IAsyncEnumerable<LikesReceivedCounter> ReadLikesReceivedCountersAsync(CancellationToken cancellationToken);
}

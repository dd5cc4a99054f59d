using System.Runtime.CompilerServices;
using MongoDB.Driver;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Tags;
using Social.KnownUsers;
using Social.KnownUsers.MongoDb;
using Social.Storage;
using Social.Storage.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>
/// The MongoDB adapter of <see cref="IEngagementStore"/>: transactions here, their writes in
/// <see cref="MongoEngagementTransaction"/>, indexes and reads beside.
/// </summary>
public sealed class MongoEngagementStore(MongoDatabaseContext context, TimeProvider clock)
    : MongoKnownUsersStore<IEngagementTransaction, MongoEngagementTransaction>(context, clock), IEngagementStore
{
    private const int CounterPageSize = 1000;

    private readonly EngagementCollections _collections = new(context.Database);

    /// <summary>
    /// Lists are one range of an index: a user's content by (owner, created at, id), an item's likers by (content,
    /// like id); a user's likes by (user, owner) for blocks and deletion; like-count shards by content.
    /// </summary>
    public static async Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        var collections = new EngagementCollections(database);
        await collections.Content.Indexes.CreateOneAsync(
            new CreateIndexModel<ContentDocument>(Builders<ContentDocument>.IndexKeys.Ascending(c => c.OwnerId).Descending(c => c.CreatedAt).Descending(c => c.Id)),
            cancellationToken: cancellationToken);
        await collections.Likes.Indexes.CreateOneAsync(
            new CreateIndexModel<LikeDocument>(
                Builders<LikeDocument>.IndexKeys.Ascending(l => l.ContentId).Descending(l => l.LikeId), new CreateIndexOptions { Unique = true }),
            cancellationToken: cancellationToken);
        await collections.Likes.Indexes.CreateOneAsync(
            new CreateIndexModel<LikeDocument>(Builders<LikeDocument>.IndexKeys.Ascending(l => l.UserId).Ascending(l => l.OwnerId)),
            cancellationToken: cancellationToken);
        await collections.LikeCounts.Indexes.CreateOneAsync(
            new CreateIndexModel<LikeCountDocument>(Builders<LikeCountDocument>.IndexKeys.Ascending(c => c.ContentId)),
            cancellationToken: cancellationToken);
        await collections.Blocks.EnsureIndexesAsync(cancellationToken);
        await collections.Comments.Indexes.CreateOneAsync(
            new CreateIndexModel<CommentDocument>(Builders<CommentDocument>.IndexKeys.Ascending(c => c.ContentId).Ascending(c => c.ThreadId).Descending(c => c.Id)),
            cancellationToken: cancellationToken);
        await collections.Comments.Indexes.CreateOneAsync(
            new CreateIndexModel<CommentDocument>(Builders<CommentDocument>.IndexKeys.Ascending(c => c.ThreadId).Ascending(c => c.Id)),
            cancellationToken: cancellationToken);
        await collections.Comments.Indexes.CreateOneAsync(
            new CreateIndexModel<CommentDocument>(Builders<CommentDocument>.IndexKeys.Ascending(c => c.AuthorId).Ascending(c => c.OwnerId)),
            cancellationToken: cancellationToken);
        await collections.CommentEdits.Indexes.CreateOneAsync(
            new CreateIndexModel<CommentEditDocument>(Builders<CommentEditDocument>.IndexKeys.Ascending(e => e.CommentId).Descending(e => e.Id)),
            cancellationToken: cancellationToken);
        await collections.CommentLikes.Indexes.CreateOneAsync(
            new CreateIndexModel<CommentLikeDocument>(Builders<CommentLikeDocument>.IndexKeys.Ascending(l => l.UserId)),
            cancellationToken: cancellationToken);
        await collections.CommentLikes.Indexes.CreateOneAsync(
            new CreateIndexModel<CommentLikeDocument>(Builders<CommentLikeDocument>.IndexKeys.Ascending(l => l.CommentId)),
            cancellationToken: cancellationToken);
        await collections.CommentCounts.Indexes.CreateOneAsync(
            new CreateIndexModel<CommentCountDocument>(Builders<CommentCountDocument>.IndexKeys.Ascending(c => c.ContentId)),
            cancellationToken: cancellationToken);
        await collections.Tags.Indexes.CreateOneAsync(
            new CreateIndexModel<TagDocument>(Builders<TagDocument>.IndexKeys.Ascending(t => t.UserId).Descending(t => t.TagId)),
            cancellationToken: cancellationToken);
        await collections.Tags.Indexes.CreateOneAsync(
            new CreateIndexModel<TagDocument>(Builders<TagDocument>.IndexKeys.Ascending(t => t.OwnerId).Ascending(t => t.UserId)),
            cancellationToken: cancellationToken);
        await collections.Tags.Indexes.CreateOneAsync(
            new CreateIndexModel<TagDocument>(Builders<TagDocument>.IndexKeys.Ascending(t => t.ContentId).Ascending(t => t.TagId)),
            cancellationToken: cancellationToken);
        await database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection).Indexes.CreateOneAsync(
            new CreateIndexModel<KnownUserDocument>(Builders<KnownUserDocument>.IndexKeys.Ascending(u => u.Handle)),
            cancellationToken: cancellationToken);
        await collections.Keys.EnsureIndexesAsync(cancellationToken);
    }

    public async Task<ContentItem?> FindContentAsync(Guid contentId, CancellationToken cancellationToken) =>
        (await FindContentsAsync([contentId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ContentItem>> FindContentsAsync(IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        var ids = contentIds.Select(id => id.ToString()).ToList();
        var documents = await _collections.Content.Find(Builders<ContentDocument>.Filter.In(c => c.Id, ids)).ToListAsync(cancellationToken);
        return await WithCountsAsync(documents, cancellationToken);
    }

    public async Task<ContentPage> ListContentAsync(
        Guid owner, IReadOnlySet<string> audiences, ContentPosition? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<ContentDocument>.Filter;
        var filter = filters.Eq(c => c.OwnerId, owner.ToString()) & filters.In(c => c.Audience, audiences);
        if (after is not null)
        {
            var at = after.CreatedAt.UtcDateTime;
            filter &= filters.Lt(c => c.CreatedAt, at) | (filters.Eq(c => c.CreatedAt, at) & filters.Lt(c => c.Id, after.ContentId.ToString()));
        }

        var documents = await _collections.Content.Find(filter)
            .SortByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Limit(limit + 1)
            .ToListAsync(cancellationToken);
        var page = await WithCountsAsync(documents.Take(limit).ToList(), cancellationToken);
        return new ContentPage(page, documents.Count > limit ? new ContentPosition(page[^1].Record.CreatedAt, page[^1].Record.ContentId) : null);
    }

    public async Task<IReadOnlySet<Guid>> LikedAsync(Guid userId, IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        var ids = contentIds.Select(id => LikeDocument.IdOf(id, userId)).ToList();
        var likes = await _collections.Likes.Find(Builders<LikeDocument>.Filter.In(l => l.Id, ids)).ToListAsync(cancellationToken);
        return likes.Select(l => Guid.Parse(l.ContentId)).ToHashSet();
    }

    public async Task<LikerPage> ListLikersAsync(Guid contentId, Guid? afterLike, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<LikeDocument>.Filter;
        var filter = filters.Eq(l => l.ContentId, contentId.ToString());
        if (afterLike is { } after)
        {
            filter &= filters.Lt(l => l.LikeId, after.ToString());
        }

        var likes = await _collections.Likes.Find(filter).SortByDescending(l => l.LikeId).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = likes.Take(limit).ToList();
        var userIds = page.Select(l => l.UserId).ToList();
        var handles = await HandlesAsync(userIds, cancellationToken);
        var likers = page.Where(l => handles.ContainsKey(l.UserId))
            .Select(l => new Liker(Guid.Parse(l.UserId), handles[l.UserId], Guid.Parse(l.LikeId), MongoTime.Utc(l.CreatedAt)))
            .ToList();
        return new LikerPage(likers, likes.Count > limit ? Guid.Parse(page[^1].LikeId) : null);
    }

    public async Task<CommentRecord?> FindCommentAsync(Guid commentId, CancellationToken cancellationToken)
    {
        var id = commentId.ToString();
        return (await _collections.Comments.Find(c => c.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<CommentPage> ListCommentsAsync(Guid contentId, Guid? after, int limit, Guid? excluding, CancellationToken cancellationToken)
    {
        var filters = Builders<CommentDocument>.Filter;
        var filter = filters.Eq(c => c.ContentId, contentId.ToString()) & filters.Eq(c => c.ThreadId, null);
        if (after is { } from)
        {
            filter &= filters.Lt(c => c.Id, from.ToString());
        }

        if (excluding is { } pinned)
        {
            filter &= filters.Ne(c => c.Id, pinned.ToString());
        }

        var rows = await _collections.Comments.Find(filter).SortByDescending(c => c.Id).Limit(limit + 1).ToListAsync(cancellationToken);
        return Page(rows, limit);
    }

    public async Task<CommentPage> ListRepliesAsync(Guid threadId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<CommentDocument>.Filter;
        var filter = filters.Eq(c => c.ThreadId, threadId.ToString());
        if (after is { } from)
        {
            filter &= filters.Gt(c => c.Id, from.ToString());
        }

        var rows = await _collections.Comments.Find(filter).SortBy(c => c.Id).Limit(limit + 1).ToListAsync(cancellationToken);
        return Page(rows, limit);
    }

    public async Task<CommentEditPage> ListEditsAsync(Guid commentId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<CommentEditDocument>.Filter;
        var filter = filters.Eq(e => e.CommentId, commentId.ToString());
        if (after is { } from)
        {
            filter &= filters.Lt(e => e.Id, from.ToString());
        }

        var rows = await _collections.CommentEdits.Find(filter).SortByDescending(e => e.Id).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).Select(e => e.ToEdit()).ToList();
        return new CommentEditPage(page, rows.Count > limit ? page[^1].EditId : null);
    }

    public async Task<IReadOnlySet<Guid>> CommentsLikedAsync(Guid userId, IReadOnlyCollection<Guid> commentIds, CancellationToken cancellationToken)
    {
        var ids = commentIds.Select(id => CommentLikeDocument.IdOf(id, userId)).ToList();
        var likes = await _collections.CommentLikes.Find(Builders<CommentLikeDocument>.Filter.In(l => l.Id, ids)).ToListAsync(cancellationToken);
        return likes.Select(l => Guid.Parse(l.CommentId)).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<TaggedUser>>> TagsOfAsync(
        IReadOnlyCollection<Guid> contentIds, CancellationToken cancellationToken)
    {
        var ids = contentIds.Select(id => id.ToString()).ToList();
        var tags = await _collections.Tags.Find(Builders<TagDocument>.Filter.In(t => t.ContentId, ids)).SortBy(t => t.TagId).ToListAsync(cancellationToken);
        if (tags.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<TaggedUser>>();
        }

        var handles = await HandlesAsync([.. tags.Select(t => t.UserId).Distinct()], cancellationToken);
        return tags.Where(t => handles.ContainsKey(t.UserId))
            .GroupBy(t => Guid.Parse(t.ContentId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TaggedUser>)[.. g.Select(t => new TaggedUser(Guid.Parse(t.UserId), handles[t.UserId]))]);
    }

    public async Task<TagPage> ListTagsOfUserAsync(Guid userId, Guid? afterTag, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<TagDocument>.Filter;
        var filter = filters.Eq(t => t.UserId, userId.ToString());
        if (afterTag is { } after)
        {
            filter &= filters.Lt(t => t.TagId, after.ToString());
        }

        var rows = await _collections.Tags.Find(filter).SortByDescending(t => t.TagId).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).Select(t => t.ToRecord()).ToList();
        return new TagPage(page, rows.Count > limit ? page[^1].TagId : null);
    }

    public async Task<IReadOnlyList<KnownUser>> FindUsersByHandlesAsync(IReadOnlyCollection<string> lowerCaseHandles, CancellationToken cancellationToken)
    {
        if (lowerCaseHandles.Count == 0)
        {
            return [];
        }

        var users = await Database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection)
            .Find(Builders<KnownUserDocument>.Filter.In(u => u.Handle, lowerCaseHandles))
            .ToListAsync(cancellationToken);
        return [.. users.Select(u => new KnownUser(Guid.Parse(u.Id), u.Handle, MongoTime.Utc(u.CreatedAt)))];
    }

    public Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken) =>
        _collections.Keys.FindAsync(ownerId, key, cancellationToken);

    public async IAsyncEnumerable<ItemCounters> ReadCountersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Pages by _id rather than one long cursor: the work between reads could outlast the server's idle cursor timeout.
        var last = string.Empty;
        while (true)
        {
            var page = await _collections.Content.Find(Builders<ContentDocument>.Filter.Gt(c => c.Id, last))
                .SortBy(c => c.Id)
                .Limit(CounterPageSize)
                .Project(c => c.Id)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var contentId in page)
            {
                yield return await MongoEngagementReads.ReadCounterAsync(_collections, null, contentId, cancellationToken);
            }

            last = page[^1];
        }
    }

    public async IAsyncEnumerable<LikesReceivedCounter> ReadLikesReceivedCountersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Owner by owner, one indexed step to the next (no long cursor, nothing held in memory): first every owner with
        // content, by the content's owner index; then owners whose shards outlived all their content, by the shards'
        // "{owner}:{shard}" ids (";" sorts right after ":", so it skips the rest of an owner's shards).
        var owner = string.Empty;
        while (await _collections.Content.Find(Builders<ContentDocument>.Filter.Gt(c => c.OwnerId, owner))
                   .SortBy(c => c.OwnerId).Limit(1).Project(c => c.OwnerId).FirstOrDefaultAsync(cancellationToken) is { } next)
        {
            owner = next;
            foreach (var counter in await MongoEngagementReads.LikesReceivedCountersAsync(_collections, null, Guid.Parse(owner), cancellationToken))
            {
                yield return counter;
            }
        }

        var after = string.Empty;
        while (await _collections.LikesReceived.Find(Builders<LikesReceivedDocument>.Filter.Gt(r => r.Id, after))
                   .SortBy(r => r.Id).Limit(1).Project(r => r.OwnerId).FirstOrDefaultAsync(cancellationToken) is { } shardOwner)
        {
            after = $"{shardOwner};";
            if (await _collections.Content.Find(c => c.OwnerId == shardOwner).AnyAsync(cancellationToken))
            {
                continue; // Listed with the owners of content.
            }

            foreach (var counter in await MongoEngagementReads.LikesReceivedCountersAsync(_collections, null, Guid.Parse(shardOwner), cancellationToken))
            {
                yield return counter;
            }
        }
    }

    protected override MongoEngagementTransaction Begin(IClientSessionHandle session, DateTimeOffset at) => new(session, Database, at);

    /// <summary>The handles of those of <paramref name="userIds"/> that are known users.</summary>
    private async Task<Dictionary<string, string>> HandlesAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        (await Database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection)
            .Find(Builders<KnownUserDocument>.Filter.In(u => u.Id, userIds))
            .ToListAsync(cancellationToken))
        .ToDictionary(u => u.Id, u => u.Handle);

    private static CommentPage Page(List<CommentDocument> rows, int limit)
    {
        var page = rows.Take(limit).Select(c => c.ToRecord()).ToList();
        return new CommentPage(page, rows.Count > limit ? page[^1].CommentId : null);
    }

    private async Task<IReadOnlyList<ContentItem>> WithCountsAsync(List<ContentDocument> documents, CancellationToken cancellationToken)
    {
        var ids = documents.Select(d => d.Id).ToList();
        var likes = await MongoEngagementReads.LikesCountsAsync(_collections, null, ids, cancellationToken);
        var comments = await MongoEngagementReads.CommentsCountsAsync(_collections, null, ids, cancellationToken);
        return [.. documents.Select(d => new ContentItem(d.ToRecord(), likes.GetValueOrDefault(d.Id), comments.GetValueOrDefault(d.Id)))];
    }
}

using System.Runtime.CompilerServices;
using MongoDB.Driver;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.KnownUsers.MongoDb;
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
        await collections.Blocks.Indexes.CreateOneAsync(
            new CreateIndexModel<BlockStateDocument>(Builders<BlockStateDocument>.IndexKeys.Ascending(b => b.BlockerId)),
            cancellationToken: cancellationToken);
        await collections.Blocks.Indexes.CreateOneAsync(
            new CreateIndexModel<BlockStateDocument>(Builders<BlockStateDocument>.IndexKeys.Ascending(b => b.BlockedId)),
            cancellationToken: cancellationToken);
        await collections.Keys.Indexes.CreateOneAsync(
            new CreateIndexModel<ContentKeyDocument>(Builders<ContentKeyDocument>.IndexKeys.Ascending(k => k.OwnerId)),
            cancellationToken: cancellationToken);
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
        var handles = (await Database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection)
                .Find(Builders<KnownUserDocument>.Filter.In(u => u.Id, userIds))
                .ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => u.Handle);
        var likers = page.Where(l => handles.ContainsKey(l.UserId))
            .Select(l => new Liker(Guid.Parse(l.UserId), handles[l.UserId], Guid.Parse(l.LikeId), MongoTime.Utc(l.CreatedAt)))
            .ToList();
        return new LikerPage(likers, likes.Count > limit ? Guid.Parse(page[^1].LikeId) : null);
    }

    public async Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken)
    {
        var id = ContentKeyDocument.IdOf(ownerId, key);
        var document = await _collections.Keys.Find(k => k.Id == id).FirstOrDefaultAsync(cancellationToken);
        return document?.ToKey();
    }

    public async IAsyncEnumerable<LikeCounterDrift> ReadCountersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
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

    protected override MongoEngagementTransaction Begin(IClientSessionHandle session, DateTimeOffset at) => new(session, Database, at);

    private async Task<IReadOnlyList<ContentItem>> WithCountsAsync(List<ContentDocument> documents, CancellationToken cancellationToken)
    {
        var counts = await MongoEngagementReads.LikesCountsAsync(_collections, null, [.. documents.Select(d => d.Id)], cancellationToken);
        return [.. documents.Select(d => new ContentItem(d.ToRecord(), counts.GetValueOrDefault(d.Id)))];
    }
}

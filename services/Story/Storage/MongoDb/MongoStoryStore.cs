using MongoDB.Driver;
using Social.KnownUsers.MongoDb;
using Social.Storage;
using Social.Storage.MongoDb;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;

namespace Social.Story.Storage.MongoDb;

/// <summary>
/// The MongoDB adapter of <see cref="IStoryStore"/>: transactions here, their writes in <see cref="MongoStoryTransaction"/>,
/// indexes and reads beside.
/// </summary>
public sealed class MongoStoryStore(MongoDatabaseContext context, TimeProvider clock)
    : MongoKnownUsersStore<IStoryTransaction, MongoStoryTransaction>(context, clock), IStoryStore
{
    private readonly StoryCollections _collections = new(context.Database);

    /// <summary>
    /// Live stories by (owner, expires at); a story's views by (story, view id), a viewer's by (viewer, owner) for blocks
    /// and deletion and by (viewer, seen at) for a tray; replies by owner and by replier; highlights by (owner, id); tray
    /// rows by (viewer, unseen, latest, owner) and by owner, fan-outs by (scheduled at, id) and by owner, broadcasts by
    /// expiry and by owner.
    /// </summary>
    public static async Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        var collections = new StoryCollections(database);
        await collections.Stories.Indexes.CreateOneAsync(
            new CreateIndexModel<StoryDocument>(Builders<StoryDocument>.IndexKeys.Ascending(s => s.OwnerId).Ascending(s => s.ExpiresAt).Ascending(s => s.Id)),
            cancellationToken: cancellationToken);
        await collections.Views.Indexes.CreateOneAsync(
            new CreateIndexModel<StoryViewDocument>(
                Builders<StoryViewDocument>.IndexKeys.Ascending(v => v.StoryId).Descending(v => v.ViewId), new CreateIndexOptions { Unique = true }),
            cancellationToken: cancellationToken);
        await collections.Views.Indexes.CreateOneAsync(
            new CreateIndexModel<StoryViewDocument>(Builders<StoryViewDocument>.IndexKeys.Ascending(v => v.ViewerId).Ascending(v => v.OwnerId)),
            cancellationToken: cancellationToken);
        await collections.Views.Indexes.CreateOneAsync(
            new CreateIndexModel<StoryViewDocument>(Builders<StoryViewDocument>.IndexKeys.Ascending(v => v.ViewerId).Ascending(v => v.SeenAt)),
            cancellationToken: cancellationToken);
        await collections.Replies.Indexes.CreateOneAsync(
            new CreateIndexModel<StoryReplyDocument>(Builders<StoryReplyDocument>.IndexKeys.Ascending(r => r.OwnerId)), cancellationToken: cancellationToken);
        await collections.Replies.Indexes.CreateOneAsync(
            new CreateIndexModel<StoryReplyDocument>(Builders<StoryReplyDocument>.IndexKeys.Ascending(r => r.ReplierId)), cancellationToken: cancellationToken);
        await collections.Highlights.Indexes.CreateOneAsync(
            new CreateIndexModel<HighlightDocument>(Builders<HighlightDocument>.IndexKeys.Ascending(h => h.OwnerId).Descending(h => h.Id)),
            cancellationToken: cancellationToken);
        await collections.TrayRows.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<TrayRowDocument>(Builders<TrayRowDocument>.IndexKeys
                    .Ascending(r => r.ViewerId).Descending(r => r.HasUnseen).Descending(r => r.LatestAt).Descending(r => r.OwnerId)),
                new CreateIndexModel<TrayRowDocument>(Builders<TrayRowDocument>.IndexKeys.Ascending(r => r.OwnerId)),
            ],
            cancellationToken);
        await collections.TrayFanOuts.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<TrayFanOutDocument>(Builders<TrayFanOutDocument>.IndexKeys.Ascending(f => f.ScheduledAt).Ascending(f => f.Id)),
                new CreateIndexModel<TrayFanOutDocument>(Builders<TrayFanOutDocument>.IndexKeys.Ascending(f => f.OwnerId)),
            ],
            cancellationToken);
        await collections.TrayBroadcasts.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<TrayBroadcastDocument>(Builders<TrayBroadcastDocument>.IndexKeys.Ascending(b => b.ExpiresAt)),
                new CreateIndexModel<TrayBroadcastDocument>(Builders<TrayBroadcastDocument>.IndexKeys.Ascending(b => b.OwnerId)),
            ],
            cancellationToken);
        await collections.Blocks.EnsureIndexesAsync(cancellationToken);
        await collections.Keys.EnsureIndexesAsync(cancellationToken);
    }

    public async Task<StoryRecord?> FindStoryAsync(Guid storyId, CancellationToken cancellationToken) =>
        (await FindStoriesAsync([storyId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<StoryRecord>> FindStoriesAsync(IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken)
    {
        var ids = storyIds.Select(id => id.ToString()).ToList();
        var documents = await _collections.Stories.Find(Builders<StoryDocument>.Filter.In(s => s.Id, ids)).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<IReadOnlyList<StoryRecord>> LiveStoriesAsync(IReadOnlyCollection<Guid> owners, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var filters = Builders<StoryDocument>.Filter;
        var documents = await _collections.Stories
            .Find(filters.In(s => s.OwnerId, owners.Select(id => id.ToString())) & filters.Gt(s => s.ExpiresAt, now.UtcDateTime))
            .SortBy(s => s.OwnerId).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<IReadOnlySet<Guid>> SeenAsync(Guid viewerId, IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        foreach (var chunk in storyIds.Chunk(500))
        {
            var ids = chunk.Select(storyId => StoryViewDocument.IdOf(storyId, viewerId)).ToList();
            var found = await _collections.Views.Find(Builders<StoryViewDocument>.Filter.In(v => v.Id, ids)).Project(v => v.StoryId).ToListAsync(cancellationToken);
            seen.UnionWith(found.Select(Guid.Parse));
        }

        return seen;
    }

    public async Task<IReadOnlySet<Guid>> SeenSinceAsync(Guid viewerId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var viewer = viewerId.ToString();
        var from = since.UtcDateTime;
        var found = await _collections.Views.Find(v => v.ViewerId == viewer && v.SeenAt >= from).Project(v => v.StoryId).ToListAsync(cancellationToken);
        return found.Select(Guid.Parse).ToHashSet();
    }

    public async Task<StoryViewerPage> ListViewsAsync(Guid storyId, Guid? afterView, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<StoryViewDocument>.Filter;
        var filter = filters.Eq(v => v.StoryId, storyId.ToString());
        if (afterView is { } after)
        {
            filter &= filters.Lt(v => v.ViewId, after.ToString());
        }

        var documents = await _collections.Views.Find(filter).SortByDescending(v => v.ViewId).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = documents.Take(limit).Select(d => d.ToView()).ToList();
        return new StoryViewerPage(page, documents.Count > limit ? page[^1].ViewId : null);
    }

    public async Task<StoryPage> ListExpiredAsync(Guid ownerId, DateTimeOffset now, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<StoryDocument>.Filter;
        var filter = filters.Eq(s => s.OwnerId, ownerId.ToString()) & filters.Lte(s => s.ExpiresAt, now.UtcDateTime);
        if (after is { } position)
        {
            filter &= filters.Lt(s => s.Id, position.ToString());
        }

        var documents = await _collections.Stories.Find(filter).SortByDescending(s => s.Id).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = documents.Take(limit).Select(d => d.ToRecord()).ToList();
        return new StoryPage(page, documents.Count > limit ? page[^1].StoryId : null);
    }

    public async Task<IReadOnlyList<TrayRow>> ListTrayRowsAsync(Guid viewerId, TrayPosition? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<TrayRowDocument>.Filter;
        var filter = filters.Eq(r => r.ViewerId, viewerId.ToString());
        if (after is not null)
        {
            // Strictly after the cursor in (unseen, latest, owner) descending: the same range SQLite's row value seeks.
            var unseen = after.HasUnseen ? 1 : 0;
            var latest = after.LatestAt.UtcDateTime;
            var owner = after.OwnerId.ToString();
            filter &= filters.Or(
                filters.Lt(r => r.HasUnseen, unseen),
                filters.Eq(r => r.HasUnseen, unseen) & filters.Lt(r => r.LatestAt, latest),
                filters.Eq(r => r.HasUnseen, unseen) & filters.Eq(r => r.LatestAt, latest) & filters.Lt(r => r.OwnerId, owner));
        }

        var documents = await _collections.TrayRows.Find(filter)
            .SortByDescending(r => r.HasUnseen).ThenByDescending(r => r.LatestAt).ThenByDescending(r => r.OwnerId)
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRow())];
    }

    public async Task<IReadOnlyList<Guid>> BroadcastingOwnersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now.UtcDateTime;
        var owners = await _collections.TrayBroadcasts.Find(b => b.ExpiresAt > from).Project(b => b.OwnerId).ToListAsync(cancellationToken);
        return [.. owners.Distinct().Select(Guid.Parse)];
    }

    public async Task<PendingTrayFanOut?> NextTrayFanOutAsync(CancellationToken cancellationToken) =>
        (await _collections.TrayFanOuts.Find(FilterDefinition<TrayFanOutDocument>.Empty)
            .SortBy(f => f.ScheduledAt).ThenBy(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken))?.ToRecord();

    public async Task<HighlightRecord?> FindHighlightAsync(Guid highlightId, CancellationToken cancellationToken)
    {
        var id = highlightId.ToString();
        return (await _collections.Highlights.Find(h => h.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<HighlightPage> ListHighlightsAsync(Guid ownerId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<HighlightDocument>.Filter;
        var filter = filters.Eq(h => h.OwnerId, ownerId.ToString());
        if (after is { } position)
        {
            filter &= filters.Lt(h => h.Id, position.ToString());
        }

        var documents = await _collections.Highlights.Find(filter).SortByDescending(h => h.Id).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = documents.Take(limit).Select(d => d.ToRecord()).ToList();
        return new HighlightPage(page, documents.Count > limit ? page[^1].HighlightId : null);
    }

    public Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken) =>
        _collections.Keys.FindAsync(ownerId, key, cancellationToken);

    protected override MongoStoryTransaction Begin(IClientSessionHandle session, DateTimeOffset at) => new(session, Database, at);
}

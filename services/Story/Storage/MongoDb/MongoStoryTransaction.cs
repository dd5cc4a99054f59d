using MongoDB.Driver;
using Social.KnownUsers.MongoDb;
using Social.Relationships.Blocks;
using Social.Storage;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;

namespace Social.Story.Storage.MongoDb;

/// <summary>
/// The writes of one Story transaction on MongoDB (a multi-document transaction in one session). Views and replies are
/// keyed by their natural ids, so a repeated write meets the document there instead of a duplicate key.
/// </summary>
public sealed class MongoStoryTransaction(IClientSessionHandle session, IMongoDatabase database, DateTimeOffset at)
    : MongoKnownUsersTransaction(session, database, at), IStoryTransaction
{
    private readonly StoryCollections _collections = new(database);

    public async Task<StoryRecord?> ReadStoryAsync(Guid storyId, CancellationToken cancellationToken)
    {
        var id = storyId.ToString();
        return (await _collections.Stories.Find(Session, s => s.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<bool> InsertStoryAsync(StoryRecord story, CancellationToken cancellationToken)
    {
        var document = StoryDocument.From(story);
        var result = await _collections.Stories.UpdateOneAsync(
            Session,
            s => s.Id == document.Id,
            Builders<StoryDocument>.Update
                .SetOnInsert(s => s.OwnerId, document.OwnerId)
                .SetOnInsert(s => s.MediaUrl, document.MediaUrl)
                .SetOnInsert(s => s.Caption, document.Caption)
                .SetOnInsert(s => s.Audience, document.Audience)
                .SetOnInsert(s => s.HideFrom, document.HideFrom)
                .SetOnInsert(s => s.CreatedAt, document.CreatedAt)
                .SetOnInsert(s => s.ExpiresAt, document.ExpiresAt),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<IReadOnlyList<StoryRecord>> ReadLiveStoriesAsync(Guid ownerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        var from = now.UtcDateTime;
        var documents = await _collections.Stories.Find(Session, s => s.OwnerId == owner && s.ExpiresAt > from).SortBy(s => s.Id).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task<IReadOnlySet<(Guid ViewerId, Guid StoryId)>> ReadSeenAsync(
        IReadOnlyCollection<Guid> viewerIds, IReadOnlyCollection<Guid> storyIds, CancellationToken cancellationToken)
    {
        var seen = new HashSet<(Guid, Guid)>();
        foreach (var chunk in viewerIds.Chunk(500))
        {
            // Views are keyed by (story, viewer): every pair is a point lookup of the _id index.
            var ids = storyIds.SelectMany(story => chunk.Select(viewer => StoryViewDocument.IdOf(story, viewer))).ToList();
            var found = await _collections.Views.Find(Session, Builders<StoryViewDocument>.Filter.In(v => v.Id, ids))
                .Project(v => new { v.ViewerId, v.StoryId })
                .ToListAsync(cancellationToken);
            seen.UnionWith(found.Select(view => (Guid.Parse(view.ViewerId), Guid.Parse(view.StoryId))));
        }

        return seen;
    }

    public async Task<bool> HasTrayRowsAsync(Guid viewerId, Guid ownerId, CancellationToken cancellationToken)
    {
        var (viewer, owner) = (viewerId.ToString(), ownerId.ToString());
        return await _collections.TrayRows.Find(Session, r => r.ViewerId == viewer && r.OwnerId == owner).Limit(1).AnyAsync(cancellationToken);
    }

    public async Task ReplaceTrayRowsAsync(Guid ownerId, IReadOnlyCollection<Guid> viewerIds, IReadOnlyList<TrayRow> rows, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        var filters = Builders<TrayRowDocument>.Filter;
        await _collections.TrayRows.DeleteManyAsync(
            Session, filters.Eq(r => r.OwnerId, owner) & filters.In(r => r.ViewerId, viewerIds.Select(id => id.ToString())), cancellationToken: cancellationToken);
        if (rows.Count > 0)
        {
            await _collections.TrayRows.InsertManyAsync(Session, rows.Select(TrayRowDocument.From), cancellationToken: cancellationToken);
        }
    }

    public Task ScheduleTrayFanOutAsync(PendingTrayFanOut work, CancellationToken cancellationToken) =>
        _collections.TrayFanOuts.UpdateOneAsync(
            Session,
            f => f.Id == work.StoryId.ToString(),
            Builders<TrayFanOutDocument>.Update
                .SetOnInsert(f => f.OwnerId, work.OwnerId.ToString())
                .SetOnInsert(f => f.Cursor, work.Cursor)
                .SetOnInsert(f => f.ScheduledAt, work.ScheduledAt.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public async Task<PendingTrayFanOut?> ReadTrayFanOutAsync(Guid storyId, CancellationToken cancellationToken)
    {
        var id = storyId.ToString();
        return (await _collections.TrayFanOuts.Find(Session, f => f.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public Task AdvanceTrayFanOutAsync(Guid storyId, string cursor, CancellationToken cancellationToken)
    {
        var id = storyId.ToString();
        return _collections.TrayFanOuts.UpdateOneAsync(Session, f => f.Id == id, Builders<TrayFanOutDocument>.Update.Set(f => f.Cursor, cursor), cancellationToken: cancellationToken);
    }

    public Task CompleteTrayFanOutAsync(Guid storyId, CancellationToken cancellationToken)
    {
        var id = storyId.ToString();
        return _collections.TrayFanOuts.DeleteOneAsync(Session, f => f.Id == id, cancellationToken: cancellationToken);
    }

    public Task InsertBroadcastAsync(StoryRecord story, CancellationToken cancellationToken) =>
        _collections.TrayBroadcasts.UpdateOneAsync(
            Session,
            b => b.Id == story.StoryId.ToString(),
            Builders<TrayBroadcastDocument>.Update
                .SetOnInsert(b => b.OwnerId, story.OwnerId.ToString())
                .SetOnInsert(b => b.ExpiresAt, story.ExpiresAt.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public async Task<bool> DeleteStoryAsync(Guid storyId, CancellationToken cancellationToken)
    {
        var id = storyId.ToString();
        await _collections.Views.DeleteManyAsync(Session, v => v.StoryId == id, cancellationToken: cancellationToken);
        await _collections.TrayBroadcasts.DeleteOneAsync(Session, b => b.Id == id, cancellationToken: cancellationToken);
        await _collections.TrayFanOuts.DeleteOneAsync(Session, f => f.Id == id, cancellationToken: cancellationToken);
        return (await _collections.Stories.DeleteOneAsync(Session, s => s.Id == id, cancellationToken: cancellationToken)).DeletedCount == 1;
    }

    public async Task<bool> InsertViewAsync(ViewRecord view, CancellationToken cancellationToken)
    {
        var document = StoryViewDocument.From(view);
        var result = await _collections.Views.UpdateOneAsync(
            Session,
            v => v.Id == document.Id,
            Builders<StoryViewDocument>.Update
                .SetOnInsert(v => v.StoryId, document.StoryId)
                .SetOnInsert(v => v.OwnerId, document.OwnerId)
                .SetOnInsert(v => v.ViewerId, document.ViewerId)
                .SetOnInsert(v => v.ViewId, document.ViewId)
                .SetOnInsert(v => v.SeenAt, document.SeenAt)
                .SetOnInsert(v => v.Liked, document.Liked),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public Task SetLikedAsync(Guid storyId, Guid viewerId, bool liked, CancellationToken cancellationToken)
    {
        var id = StoryViewDocument.IdOf(storyId, viewerId);
        return _collections.Views.UpdateOneAsync(Session, v => v.Id == id, Builders<StoryViewDocument>.Update.Set(v => v.Liked, liked), cancellationToken: cancellationToken);
    }

    public Task DeleteViewsAsync(Guid ownerId, Guid viewerId, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        var viewer = viewerId.ToString();
        var until = upTo.UtcDateTime;
        return _collections.Views.DeleteManyAsync(
            Session, v => v.ViewerId == viewer && v.OwnerId == owner && v.SeenAt <= until, cancellationToken: cancellationToken);
    }

    public async Task<bool> InsertReplyAsync(StoryReplyRecord reply, CancellationToken cancellationToken)
    {
        var document = StoryReplyDocument.From(reply);
        var result = await _collections.Replies.UpdateOneAsync(
            Session,
            r => r.Id == document.Id,
            Builders<StoryReplyDocument>.Update
                .SetOnInsert(r => r.StoryId, document.StoryId)
                .SetOnInsert(r => r.OwnerId, document.OwnerId)
                .SetOnInsert(r => r.ReplierId, document.ReplierId)
                .SetOnInsert(r => r.ConversationId, document.ConversationId)
                .SetOnInsert(r => r.RepliedAt, document.RepliedAt),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<HighlightRecord?> ReadHighlightAsync(Guid highlightId, CancellationToken cancellationToken)
    {
        var id = highlightId.ToString();
        return (await _collections.Highlights.Find(Session, h => h.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public Task InsertHighlightAsync(HighlightRecord highlight, CancellationToken cancellationToken) =>
        _collections.Highlights.InsertOneAsync(Session, HighlightDocument.From(highlight), cancellationToken: cancellationToken);

    public Task ReplaceHighlightAsync(HighlightRecord highlight, CancellationToken cancellationToken)
    {
        var document = HighlightDocument.From(highlight);
        return _collections.Highlights.ReplaceOneAsync(Session, h => h.Id == document.Id, document, cancellationToken: cancellationToken);
    }

    public Task DeleteHighlightAsync(Guid highlightId, CancellationToken cancellationToken)
    {
        var id = highlightId.ToString();
        return _collections.Highlights.DeleteOneAsync(Session, h => h.Id == id, cancellationToken: cancellationToken);
    }

    public async Task DeleteAllOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var stories = await _collections.Stories.Find(Session, s => s.OwnerId == id).Project(s => s.Id).ToListAsync(cancellationToken);
        if (stories.Count > 0)
        {
            await _collections.Views.DeleteManyAsync(Session, Builders<StoryViewDocument>.Filter.In(v => v.StoryId, stories), cancellationToken: cancellationToken);
            await _collections.Stories.DeleteManyAsync(Session, s => s.OwnerId == id, cancellationToken: cancellationToken);
        }

        await _collections.Views.DeleteManyAsync(Session, v => v.ViewerId == id, cancellationToken: cancellationToken);
        await _collections.Highlights.DeleteManyAsync(Session, h => h.OwnerId == id, cancellationToken: cancellationToken);
        await _collections.Replies.DeleteManyAsync(Session, r => r.OwnerId == id || r.ReplierId == id, cancellationToken: cancellationToken);
        await _collections.TrayRows.DeleteManyAsync(Session, r => r.ViewerId == id || r.OwnerId == id, cancellationToken: cancellationToken);
        await _collections.TrayBroadcasts.DeleteManyAsync(Session, b => b.OwnerId == id, cancellationToken: cancellationToken);
        await _collections.TrayFanOuts.DeleteManyAsync(Session, f => f.OwnerId == id, cancellationToken: cancellationToken);
    }

    public Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken) =>
        _collections.Blocks.ReadAsync(Session, blockerId, blockedId, cancellationToken);

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken) => _collections.Blocks.WriteAsync(Session, state, cancellationToken);

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken) => _collections.Blocks.DeleteOfAsync(Session, userId, cancellationToken);

    public Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        _collections.Keys.InsertAsync(Session, key, cancellationToken);

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        _collections.Keys.DeleteOfAsync(Session, ownerId, cancellationToken);
}

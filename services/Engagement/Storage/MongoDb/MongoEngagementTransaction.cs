using MongoDB.Driver;
using Social.Engagement.Domain.Blocks;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.KnownUsers.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>
/// The writes of one Engagement transaction on MongoDB (a multi-document transaction in one session). Likes and
/// shards are keyed by their natural pair, so a repeated write meets the document there instead of a duplicate key;
/// concurrent likers of one item write different shard documents, so they rarely conflict.
/// </summary>
public sealed class MongoEngagementTransaction(IClientSessionHandle session, IMongoDatabase database, DateTimeOffset at)
    : MongoKnownUsersTransaction(session, database, at), IEngagementTransaction
{
    private readonly EngagementCollections _collections = new(database);

    public async Task<ContentRecord?> ReadContentAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        var document = await _collections.Content.Find(Session, c => c.Id == id).FirstOrDefaultAsync(cancellationToken);
        return document?.ToRecord();
    }

    public async Task<bool> InsertContentAsync(ContentRecord content, CancellationToken cancellationToken)
    {
        var document = ContentDocument.From(content);
        var result = await _collections.Content.UpdateOneAsync(
            Session,
            c => c.Id == document.Id,
            Builders<ContentDocument>.Update
                .SetOnInsert(c => c.OwnerId, document.OwnerId)
                .SetOnInsert(c => c.MediaUrl, document.MediaUrl)
                .SetOnInsert(c => c.Caption, document.Caption)
                .SetOnInsert(c => c.Audience, document.Audience)
                .SetOnInsert(c => c.CommentsEnabled, document.CommentsEnabled)
                .SetOnInsert(c => c.CreatedAt, document.CreatedAt),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<long> DeleteContentAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        var likes = await _collections.Likes.DeleteManyAsync(Session, l => l.ContentId == id, cancellationToken: cancellationToken);
        await _collections.LikeCounts.DeleteManyAsync(Session, c => c.ContentId == id, cancellationToken: cancellationToken);
        await _collections.Content.DeleteOneAsync(Session, c => c.Id == id, cancellationToken: cancellationToken);
        return likes.DeletedCount;
    }

    public async Task<IReadOnlyList<Guid>> ContentOfAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        var ids = await _collections.Content.Find(Session, c => c.OwnerId == owner).Project(c => c.Id).ToListAsync(cancellationToken);
        return [.. ids.Select(Guid.Parse)];
    }

    public async Task<bool> InsertLikeAsync(ContentRecord content, Guid userId, Guid likeId, int shard, CancellationToken cancellationToken)
    {
        var result = await _collections.Likes.UpdateOneAsync(
            Session,
            Builders<LikeDocument>.Filter.Eq(l => l.Id, LikeDocument.IdOf(content.ContentId, userId)),
            Builders<LikeDocument>.Update
                .SetOnInsert(l => l.ContentId, content.ContentId.ToString())
                .SetOnInsert(l => l.UserId, userId.ToString())
                .SetOnInsert(l => l.LikeId, likeId.ToString())
                .SetOnInsert(l => l.OwnerId, content.OwnerId.ToString())
                .SetOnInsert(l => l.Shard, shard)
                .SetOnInsert(l => l.CreatedAt, At.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<bool> DeleteLikeAsync(Guid contentId, Guid userId, CancellationToken cancellationToken)
    {
        var id = LikeDocument.IdOf(contentId, userId);
        return (await _collections.Likes.DeleteOneAsync(Session, l => l.Id == id, cancellationToken: cancellationToken)).DeletedCount == 1;
    }

    public Task AdjustLikesAsync(Guid contentId, int shard, long delta, CancellationToken cancellationToken) =>
        _collections.LikeCounts.UpdateOneAsync(
            Session,
            Builders<LikeCountDocument>.Filter.Eq(c => c.Id, LikeCountDocument.IdOf(contentId, shard)),
            Builders<LikeCountDocument>.Update
                .SetOnInsert(c => c.ContentId, contentId.ToString())
                .SetOnInsert(c => c.Shard, shard)
                .Inc(c => c.Likes, delta),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);

    public async Task<long> ReadLikesCountAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        return (await MongoEngagementReads.LikesCountsAsync(_collections, Session, [id], cancellationToken)).GetValueOrDefault(id);
    }

    public Task<IReadOnlyList<LikedItem>> DeleteLikesOnContentOfAsync(Guid likerId, Guid ownerId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var filters = Builders<LikeDocument>.Filter;
        return DeleteLikesAsync(
            filters.Eq(l => l.UserId, likerId.ToString()) & filters.Eq(l => l.OwnerId, ownerId.ToString()) & filters.Lt(l => l.CreatedAt, before.UtcDateTime),
            cancellationToken);
    }

    public Task<IReadOnlyList<LikedItem>> DeleteLikesByAsync(Guid likerId, CancellationToken cancellationToken) =>
        DeleteLikesAsync(Builders<LikeDocument>.Filter.Eq(l => l.UserId, likerId.ToString()), cancellationToken);

    public async Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        var id = BlockStateDocument.IdOf(blockerId, blockedId);
        var document = await _collections.Blocks.Find(Session, b => b.Id == id).FirstOrDefaultAsync(cancellationToken);
        return document?.ToState();
    }

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken)
    {
        var document = BlockStateDocument.From(state);
        return _collections.Blocks.ReplaceOneAsync(Session, b => b.Id == document.Id, document, new ReplaceOptions { IsUpsert = true }, cancellationToken);
    }

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return _collections.Blocks.DeleteManyAsync(Session, b => b.BlockerId == id || b.BlockedId == id, cancellationToken: cancellationToken);
    }

    public async Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken)
    {
        var document = ContentKeyDocument.From(key);
        var result = await _collections.Keys.UpdateOneAsync(
            Session,
            k => k.Id == document.Id,
            Builders<ContentKeyDocument>.Update
                .SetOnInsert(k => k.OwnerId, document.OwnerId)
                .SetOnInsert(k => k.Key, document.Key)
                .SetOnInsert(k => k.Fingerprint, document.Fingerprint)
                .SetOnInsert(k => k.ResultId, document.ResultId)
                .SetOnInsert(k => k.CreatedAt, document.CreatedAt),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        return _collections.Keys.DeleteManyAsync(Session, k => k.OwnerId == owner, cancellationToken: cancellationToken);
    }

    public async Task<LikeCounterDrift?> ReadCounterAsync(Guid contentId, CancellationToken cancellationToken)
    {
        var id = contentId.ToString();
        return await _collections.Content.Find(Session, c => c.Id == id).AnyAsync(cancellationToken)
            ? await MongoEngagementReads.ReadCounterAsync(_collections, Session, id, cancellationToken)
            : null;
    }

    /// <summary>Reads the likes the filter matches and deletes them, in this transaction's snapshot.</summary>
    private async Task<IReadOnlyList<LikedItem>> DeleteLikesAsync(FilterDefinition<LikeDocument> filter, CancellationToken cancellationToken)
    {
        var likes = await _collections.Likes.Find(Session, filter).ToListAsync(cancellationToken);
        if (likes.Count > 0)
        {
            await _collections.Likes.DeleteManyAsync(Session, Builders<LikeDocument>.Filter.In(l => l.Id, likes.Select(l => l.Id)), cancellationToken: cancellationToken);
        }

        return [.. likes.Select(l => l.ToLikedItem())];
    }
}

using MongoDB.Driver;

namespace Social.Storage.MongoDb;

/// <summary>
/// The idempotency keys' collection in a service's MongoDB database, for a service's adapter to implement its part of
/// the port with. The insert is an upsert that only sets on insert: of two concurrent twins, one inserts and the
/// other learns that it did not.
/// </summary>
public sealed class MongoIdempotencyKeys(IMongoDatabase database)
{
    private readonly IMongoCollection<IdempotencyKeyDocument> _keys = database.GetCollection<IdempotencyKeyDocument>("idempotency_keys");

    /// <summary>A deleted user's keys are found by an index, not a scan.</summary>
    public Task EnsureIndexesAsync(CancellationToken cancellationToken) =>
        _keys.Indexes.CreateOneAsync(
            new CreateIndexModel<IdempotencyKeyDocument>(Builders<IdempotencyKeyDocument>.IndexKeys.Ascending(k => k.OwnerId)), cancellationToken: cancellationToken);

    public async Task<StoredIdempotencyKey?> FindAsync(Guid ownerId, string key, CancellationToken cancellationToken)
    {
        var id = IdempotencyKeyDocument.IdOf(ownerId, key);
        return (await _keys.Find(k => k.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToKey();
    }

    public async Task<bool> InsertAsync(IClientSessionHandle session, StoredIdempotencyKey key, CancellationToken cancellationToken)
    {
        var result = await _keys.UpdateOneAsync(
            session,
            k => k.Id == IdempotencyKeyDocument.IdOf(key.OwnerId, key.Key),
            Builders<IdempotencyKeyDocument>.Update
                .SetOnInsert(k => k.OwnerId, key.OwnerId.ToString())
                .SetOnInsert(k => k.Key, key.Key)
                .SetOnInsert(k => k.Fingerprint, key.Fingerprint)
                .SetOnInsert(k => k.ResultId, key.ResultId.ToString())
                .SetOnInsert(k => k.CreatedAt, key.CreatedAt.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public Task DeleteOfAsync(IClientSessionHandle session, Guid ownerId, CancellationToken cancellationToken)
    {
        var owner = ownerId.ToString();
        return _keys.DeleteManyAsync(session, k => k.OwnerId == owner, cancellationToken: cancellationToken);
    }
}

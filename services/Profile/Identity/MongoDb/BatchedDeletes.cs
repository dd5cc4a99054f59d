using MongoDB.Bson;
using MongoDB.Driver;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// Pruning deletes in bounded batches: the ids of up to <see cref="BatchSize"/> matching documents (found by an
/// index), then one delete of those ids that still match. No single delete holds a long write on the whole
/// collection, and a call stops after <see cref="MaxBatches"/>; the next pruning interval continues.
/// </summary>
internal static class BatchedDeletes
{
    public const int BatchSize = 1_000;

    public const int MaxBatches = 100;

    public static async Task<long> DeleteAsync<TDocument>(
        IMongoCollection<TDocument> collection, FilterDefinition<TDocument> filter, CancellationToken cancellationToken)
        where TDocument : IOAuthDocument
    {
        var deleted = 0L;
        for (var batch = 0; batch < MaxBatches; batch++)
        {
            var ids = (await collection.Find(filter).Limit(BatchSize).Project(IdOnly<TDocument>()).ToListAsync(cancellationToken))
                .Select(d => d["_id"].AsString)
                .ToList();
            if (ids.Count == 0)
            {
                break;
            }

            // The filter again: a document changed since it was listed (say, a token just issued again) stays.
            deleted += (await collection.DeleteManyAsync(Builders<TDocument>.Filter.In("_id", ids) & filter, cancellationToken)).DeletedCount;
            if (ids.Count < BatchSize)
            {
                break;
            }
        }

        return deleted;
    }

    private static ProjectionDefinition<TDocument, BsonDocument> IdOnly<TDocument>() => Builders<TDocument>.Projection.Include("_id");
}

using MongoDB.Driver;
using Social.EventBus.Inbox;

namespace Social.Storage.MongoDb;

/// <summary>The inbox collection of a service's MongoDB database (written by <see cref="MongoDatabaseContext"/>).</summary>
public sealed class MongoInboxStore(MongoDatabaseContext context) : IInboxStore
{
    /// <summary>
    /// One batch, as on SQLite: the ids of the oldest receipts through the ProcessedAt index, then a delete of those ids
    /// only. Batches rather than a TTL index: retention stays one setting that both adapters honour the same way (and
    /// that can change without rebuilding an index), and the purge is counted and logged rather than left to the
    /// server's own clock.
    /// </summary>
    public async Task<int> PurgeProcessedBeforeAsync(DateTimeOffset processedBefore, int maxCount, CancellationToken cancellationToken)
    {
        var old = Builders<InboxDocument>.Filter.Lt(r => r.ProcessedAt, processedBefore.UtcDateTime);
        var ids = await context.Inbox.Find(old).Limit(maxCount).Project(r => r.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var result = await context.Inbox.DeleteManyAsync(Builders<InboxDocument>.Filter.In(r => r.Id, ids) & old, cancellationToken);
        return (int)result.DeletedCount;
    }
}

using MongoDB.Driver;
using Social.EventBus.Inbox;

namespace Social.Storage.MongoDb;

/// <summary>The inbox collection of a service's MongoDB database (written by <see cref="MongoDatabaseContext"/>).</summary>
public sealed class MongoInboxStore(MongoDatabaseContext context) : IInboxStore
{
    public async Task<long> PurgeProcessedBeforeAsync(DateTimeOffset processedBefore, CancellationToken cancellationToken)
    {
        var result = await context.Inbox.DeleteManyAsync(r => r.ProcessedAt < processedBefore.UtcDateTime, cancellationToken);
        return result.DeletedCount;
    }
}

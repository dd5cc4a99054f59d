using Microsoft.Extensions.Hosting;
using MongoDB.Driver;

namespace Social.Storage.MongoDb;

/// <summary>Creates the service's indexes (idempotent) before it takes requests, as the SQLite adapter migrates its schema.</summary>
internal sealed class MongoIndexService(MongoDatabaseContext context, Func<IMongoDatabase, CancellationToken, Task> createIndexes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Pending outbox messages are read in _id order among those not yet published.
        await context.Outbox.Indexes.CreateOneAsync(
            new CreateIndexModel<OutboxDocument>(Builders<OutboxDocument>.IndexKeys.Ascending(d => d.PublishedAt).Ascending(d => d.Id)),
            cancellationToken: cancellationToken);
        // The inbox purge finds receipts by age (see MongoInboxStore).
        await context.Inbox.Indexes.CreateOneAsync(
            new CreateIndexModel<InboxDocument>(Builders<InboxDocument>.IndexKeys.Ascending(d => d.ProcessedAt)),
            cancellationToken: cancellationToken);
        // Dead letters are read newest first by whoever investigates them. Creating the index also creates the
        // collection, which a transaction (the relay's move) is then not asked to do.
        await context.Database.GetCollection<OutboxDeadLetterDocument>(SharedCollections.OutboxDeadLetters).Indexes.CreateOneAsync(
            new CreateIndexModel<OutboxDeadLetterDocument>(Builders<OutboxDeadLetterDocument>.IndexKeys.Descending(d => d.FailedAt)),
            cancellationToken: cancellationToken);
        await createIndexes(context.Database, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

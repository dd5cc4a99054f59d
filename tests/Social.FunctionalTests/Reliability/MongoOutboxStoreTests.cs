using MongoDB.Driver;
using Social.EventBus.Outbox;
using Social.FunctionalTests.Storage;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Reliability;

/// <summary>Runs where <c>SOCIAL_TEST_MONGODB</c> names a replica set; skipped otherwise.</summary>
public sealed class MongoOutboxStoreTests : OutboxStoreConformance
{
    private readonly MongoStores _stores = new();
    private IMongoCollection<OutboxDeadLetterDocument> _deadLetters = null!;

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<IOutboxStore> CreateStoreAsync()
    {
        var context = await _stores.CreateContextAsync((_, _) => Task.CompletedTask);
        _deadLetters = context.Database.GetCollection<OutboxDeadLetterDocument>(SharedCollections.OutboxDeadLetters);
        return new MongoOutboxStore(context);
    }

    protected override async Task<StoredDeadLetter?> ReadDeadLetterAsync(Guid messageId)
    {
        var document = await _deadLetters.Find(d => d.Id == messageId.ToString()).FirstOrDefaultAsync(TestContext.Current.CancellationToken);
        return document is null
            ? null
            : new StoredDeadLetter(
                document.AggregateId,
                document.MessageType,
                document.Body,
                document.TraceParent,
                new DateTimeOffset(document.OccurredAt, TimeSpan.Zero),
                new DateTimeOffset(document.FailedAt, TimeSpan.Zero),
                document.Attempts,
                document.Error);
    }

    protected override Task<long> CountDeadLettersAsync() =>
        _deadLetters.CountDocumentsAsync(FilterDefinition<OutboxDeadLetterDocument>.Empty, cancellationToken: TestContext.Current.CancellationToken);
}

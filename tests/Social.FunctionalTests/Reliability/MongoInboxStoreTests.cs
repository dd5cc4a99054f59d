using MongoDB.Driver;
using Social.EventBus.Inbox;
using Social.FunctionalTests.Storage;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Reliability;

/// <summary>Runs where <c>SOCIAL_TEST_MONGODB</c> names a replica set; skipped otherwise.</summary>
public sealed class MongoInboxStoreTests : InboxStoreConformance
{
    private readonly MongoStores _stores = new();
    private MongoDatabaseContext _context = null!;

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<IInboxStore> CreateStoreAsync()
    {
        _context = await _stores.CreateContextAsync((_, _) => Task.CompletedTask);
        return new MongoInboxStore(_context);
    }

    protected override Task RecordAsync(IReadOnlyList<MessageReceipt> receipts, DateTimeOffset processedAt) =>
        _context.Inbox.InsertManyAsync(
            receipts.Select(r => new InboxDocument { Id = InboxDocument.IdOf(r.Consumer, r.MessageId), ProcessedAt = processedAt.UtcDateTime }),
            cancellationToken: TestContext.Current.CancellationToken);

    protected override Task<long> CountAsync() =>
        _context.Inbox.CountDocumentsAsync(FilterDefinition<InboxDocument>.Empty, cancellationToken: TestContext.Current.CancellationToken);
}

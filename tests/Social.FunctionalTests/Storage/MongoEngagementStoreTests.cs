using Social.Engagement.Storage;
using Social.Engagement.Storage.MongoDb;
using Social.EventBus.Outbox;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoEngagementStoreTests : EngagementStoreConformance
{
    private readonly MongoStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IEngagementStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock)
    {
        var context = await _stores.CreateContextAsync(MongoEngagementStore.CreateIndexesAsync);
        return (new MongoEngagementStore(context, clock), new MongoOutboxStore(context));
    }
}

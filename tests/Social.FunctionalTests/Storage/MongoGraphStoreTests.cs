using Social.EventBus.Outbox;
using Social.Graph.Storage;
using Social.Graph.Storage.MongoDb;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoGraphStoreTests : GraphStoreConformance
{
    private readonly MongoStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IGraphStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock)
    {
        var context = await _stores.CreateContextAsync(MongoGraphStore.CreateIndexesAsync);
        return (new MongoGraphStore(context, clock), new MongoOutboxStore(context));
    }
}

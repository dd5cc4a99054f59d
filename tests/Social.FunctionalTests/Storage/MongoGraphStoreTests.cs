using Social.Graph.Storage;
using Social.Graph.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoGraphStoreTests : GraphStoreConformance
{
    private readonly MongoStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<IGraphStore> CreateStoreAsync(TimeProvider clock) =>
        new MongoGraphStore(await _stores.CreateContextAsync(MongoGraphStore.CreateIndexesAsync), clock);
}

using Social.Profile.Storage;
using Social.Profile.Storage.MongoDb;
using Social.EventBus.Outbox;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoProfileStoreTests : ProfileStoreConformance
{
    private readonly MongoStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IProfileStore Store, IOutboxStore Outbox)> CreateStoresAsync()
    {
        var context = await _stores.CreateContextAsync(MongoProfileStore.CreateIndexesAsync);
        return (new MongoProfileStore(context), new MongoOutboxStore(context));
    }
}

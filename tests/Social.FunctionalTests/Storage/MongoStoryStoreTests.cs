using Social.EventBus.Outbox;
using Social.Storage.MongoDb;
using Social.Story.Storage;
using Social.Story.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoStoryStoreTests : StoryStoreConformance
{
    private readonly MongoStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IStoryStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock)
    {
        var context = await _stores.CreateContextAsync(MongoStoryStore.CreateIndexesAsync);
        return (new MongoStoryStore(context, clock), new MongoOutboxStore(context));
    }
}

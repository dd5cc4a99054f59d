using Social.EventBus.Outbox;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;
using Social.Messaging.Storage.MongoDb;
using Social.Storage.MongoDb;

namespace Social.FunctionalTests.Storage;

public sealed class MongoMessagingStoreTests : MessagingStoreConformance
{
    private readonly MongoStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IMessagingStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock, IStreamWakeUps wakeUps)
    {
        var context = await _stores.CreateContextAsync(MongoMessagingStore.CreateIndexesAsync);
        return (new MongoMessagingStore(context, clock, wakeUps), new MongoOutboxStore(context));
    }
}

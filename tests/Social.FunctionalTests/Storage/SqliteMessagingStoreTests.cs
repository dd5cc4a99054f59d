using Social.EventBus.Outbox;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;
using Social.Messaging.Storage.Sqlite;
using Social.Storage.Sqlite;

namespace Social.FunctionalTests.Storage;

public sealed class SqliteMessagingStoreTests : MessagingStoreConformance
{
    private readonly SqliteStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IMessagingStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock, IStreamWakeUps wakeUps)
    {
        var database = await _stores.CreateDatabaseAsync("messaging", MessagingSchema.Migrations);
        return (new SqliteMessagingStore(database, clock, wakeUps), new SqliteOutboxStore(database));
    }
}

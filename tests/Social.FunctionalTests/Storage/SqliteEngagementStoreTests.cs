using Social.Engagement.Storage;
using Social.Engagement.Storage.Sqlite;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;

namespace Social.FunctionalTests.Storage;

public sealed class SqliteEngagementStoreTests : EngagementStoreConformance
{
    private readonly SqliteStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IEngagementStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock)
    {
        var database = await _stores.CreateDatabaseAsync("engagement", EngagementSchema.Migrations);
        return (new SqliteEngagementStore(database, clock), new SqliteOutboxStore(database));
    }
}

using Social.Profile.Storage;
using Social.Profile.Storage.Sqlite;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;

namespace Social.FunctionalTests.Storage;

public sealed class SqliteProfileStoreTests : ProfileStoreConformance
{
    private readonly SqliteStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IProfileStore Store, IOutboxStore Outbox)> CreateStoresAsync()
    {
        var database = await _stores.CreateDatabaseAsync("profile", ProfileSchema.Migrations);
        return (new SqliteProfileStore(database, TimeProvider.System), new SqliteOutboxStore(database));
    }
}

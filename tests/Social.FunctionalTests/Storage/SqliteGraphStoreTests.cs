using Social.EventBus.Outbox;
using Social.Graph.Storage;
using Social.Graph.Storage.Sqlite;
using Social.Storage.Sqlite;

namespace Social.FunctionalTests.Storage;

public sealed class SqliteGraphStoreTests : GraphStoreConformance
{
    private readonly SqliteStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IGraphStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock)
    {
        var database = await _stores.CreateDatabaseAsync("graph", GraphSchema.Migrations);
        return (new SqliteGraphStore(database, clock), new SqliteOutboxStore(database));
    }
}

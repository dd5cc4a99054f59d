using Social.Graph.Storage;
using Social.Graph.Storage.Sqlite;

namespace Social.FunctionalTests.Storage;

public sealed class SqliteGraphStoreTests : GraphStoreConformance
{
    private readonly SqliteStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<IGraphStore> CreateStoreAsync(TimeProvider clock) =>
        new SqliteGraphStore(await _stores.CreateDatabaseAsync("graph", GraphSchema.Migrations), clock);
}

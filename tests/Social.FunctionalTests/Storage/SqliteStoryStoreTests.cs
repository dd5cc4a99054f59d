using Social.EventBus.Outbox;
using Social.Storage.Sqlite;
using Social.Story.Storage;
using Social.Story.Storage.Sqlite;

namespace Social.FunctionalTests.Storage;

public sealed class SqliteStoryStoreTests : StoryStoreConformance
{
    private readonly SqliteStores _stores = new();

    protected override void ReleaseStores() => _stores.Dispose();

    protected override async Task<(IStoryStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock)
    {
        var database = await _stores.CreateDatabaseAsync("story", StorySchema.Migrations);
        return (new SqliteStoryStore(database, clock), new SqliteOutboxStore(database));
    }
}

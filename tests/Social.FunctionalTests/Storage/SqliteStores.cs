using Microsoft.Data.Sqlite;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;
using Social.Testing;

namespace Social.FunctionalTests.Storage;

/// <summary>A fresh SQLite database file for one conformance test, migrated like the service does at start.</summary>
internal sealed class SqliteStores : IDisposable
{
    private readonly TemporaryDirectory _folder = new();
    private readonly OutboxSignal _signal = new();

    public async Task<SqliteDatabase> CreateDatabaseAsync(string service, IEnumerable<SqliteMigration> migrations)
    {
        var database = new SqliteDatabase(Path.Combine(_folder.Path, service + ".db"), migrations, _signal);
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _signal.Dispose();
        _folder.Dispose();
    }
}

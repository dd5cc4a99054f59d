using Microsoft.Data.Sqlite;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;

namespace Social.UnitTests.EventBus;

/// <summary>A migrated SQLite database in a file of its own under the temporary folder, deleted with its WAL files on dispose.</summary>
public sealed class TemporarySqliteDatabase : IDisposable
{
    private readonly OutboxSignal _signal = new();
    private readonly string _file;

    private TemporarySqliteDatabase(string name, IEnumerable<SqliteMigration> migrations)
    {
        _file = Path.Combine(Path.GetTempPath(), $"social-{name}-{Guid.NewGuid():N}.db");
        Database = new SqliteDatabase(_file, migrations, _signal);
    }

    public SqliteDatabase Database { get; }

    public static async Task<TemporarySqliteDatabase> CreateAsync(string name, IEnumerable<SqliteMigration> migrations, CancellationToken cancellationToken)
    {
        var temporary = new TemporarySqliteDatabase(name, migrations);
        await temporary.Database.MigrateAsync(cancellationToken);
        return temporary;
    }

    public void Dispose()
    {
        Database.Dispose();
        _signal.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}

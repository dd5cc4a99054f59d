using Microsoft.Data.Sqlite;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;

namespace Social.UnitTests.EventBus;

/// <summary>
/// Checkpoints are the background's work, never a commit's: a commit that checkpointed held the write turn through
/// the copy and its disk syncs, and every writer behind it waited.
/// </summary>
public sealed class SqliteCheckpointTests : IAsyncLifetime
{
    // SQLite's automatic checkpoint runs in the commit that takes the WAL past this many pages.
    private const int AutoCheckpointPages = 1000;

    private static readonly SqliteMigration Blobs = new("test", 1, "CREATE TABLE blobs (body BLOB NOT NULL);");

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"social-unit-{Guid.NewGuid():N}.db");
    private SqliteDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = new SqliteDatabase(_file, [Blobs], new OutboxSignal());
        await _database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Commits_past_the_automatic_checkpoint_threshold_leave_the_wal_to_the_checkpointer()
    {
        var ct = TestContext.Current.CancellationToken;
        await _database.CheckpointAsync(ct);

        var pages = await WritePagesAsync(AutoCheckpointPages * 3 / 2, ct);
        var (frames, _) = await _database.CheckpointAsync(ct);

        // Had a commit checkpointed on the way, the WAL would have started over and hold fewer frames than were written.
        Assert.True(frames >= pages, $"{pages} pages were written but the WAL holds {frames} frames: a commit checkpointed.");
    }

    [Fact]
    public async Task A_checkpoint_with_no_reader_moves_the_whole_wal_into_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        await WritePagesAsync(100, ct);

        var (frames, checkpointed) = await _database.CheckpointAsync(ct);

        Assert.True(frames >= 100);
        Assert.Equal(frames, checkpointed);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Commits one page-sized row per transaction, as writers do; answers the pages written.</summary>
    private async Task<int> WritePagesAsync(int pages, CancellationToken ct)
    {
        var body = new byte[3000];
        for (var i = 0; i < pages; i++)
        {
            await using var unit = await _database.BeginAsync(ct);
            await using var insert = unit.CreateCommand("INSERT INTO blobs (body) VALUES ($body)");
            insert.Parameters.AddWithValue("$body", body);
            await insert.ExecuteNonQueryAsync(ct);
            await unit.CommitAsync(ct);
        }

        return pages;
    }
}

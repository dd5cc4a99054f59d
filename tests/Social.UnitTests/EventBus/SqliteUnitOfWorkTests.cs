using Microsoft.Data.Sqlite;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;

namespace Social.UnitTests.EventBus;

/// <summary>The shared SQLite outbox and inbox: what commits together, and what a redelivery changes.</summary>
public sealed class SqliteUnitOfWorkTests : IAsyncLifetime
{
    private static readonly SqliteMigration Notes = new("test", 1, "CREATE TABLE notes (text TEXT NOT NULL);");

    private TemporarySqliteDatabase _temporary = null!;

    private SqliteDatabase Database => _temporary.Database;

    public async ValueTask InitializeAsync()
    {
        _temporary = await TemporarySqliteDatabase.CreateAsync("unit", [Notes], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Migrating_twice_applies_each_step_once()
    {
        var applied = await ScalarAsync("SELECT COUNT(*) FROM schema_migrations");

        await Database.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(applied, await ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM schema_migrations WHERE scope = 'test'"));
    }

    [Fact]
    public async Task Every_connection_and_every_writer_syncs_at_the_normal_level_of_wal_mode()
    {
        var ct = TestContext.Current.CancellationToken;
        SqliteConnection.ClearAllPools();
        await using var reader = await Database.OpenAsync(ct);
        await using var another = await Database.OpenAsync(ct);
        await using var writer = await Database.BeginAsync(ct);
        await using var check = writer.CreateCommand("PRAGMA synchronous");

        // 1 is NORMAL; a connection left at the default (2, FULL) waits for an fsync at every commit.
        Assert.Equal(1L, await PragmaAsync(reader, "synchronous", ct));
        Assert.Equal(1L, await PragmaAsync(another, "synchronous", ct));
        Assert.Equal(1L, await check.ExecuteScalarAsync(ct));
        Assert.Equal("wal", await PragmaAsync(reader, "journal_mode", ct));
    }

    [Fact]
    public async Task A_connection_handed_back_and_out_again_still_syncs_at_the_normal_level()
    {
        var ct = TestContext.Current.CancellationToken;
        SqliteConnection.ClearAllPools();
        await using (var first = await Database.OpenAsync(ct))
        {
            Assert.Equal(1L, await PragmaAsync(first, "synchronous", ct));
        }

        // The same connection comes back from the database; the level was set on it once and stays.
        for (var i = 0; i < 3; i++)
        {
            await using var again = await Database.OpenAsync(ct);
            Assert.Equal(1L, await PragmaAsync(again, "synchronous", ct));
        }

        await using var writer = await Database.BeginAsync(ct);
        await using var check = writer.CreateCommand("PRAGMA synchronous");
        Assert.Equal(1L, await check.ExecuteScalarAsync(ct));
    }

    [Fact]
    public async Task State_and_outbox_message_commit_together()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var unit = await Database.BeginAsync(ct))
        {
            await AddNoteAsync(unit, ct);
            await unit.AddOutboxMessageAsync(Message(), ct);
            await unit.CommitAsync(ct);
        }

        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM notes"));
        Assert.Single(await new SqliteOutboxStore(Database).ReadPendingAsync(10, ct));
    }

    [Fact]
    public async Task A_transaction_that_does_not_commit_leaves_neither_state_nor_event()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var unit = await Database.BeginAsync(ct))
        {
            await AddNoteAsync(unit, ct);
            await unit.AddOutboxMessageAsync(Message(), ct);
        }

        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM notes"));
        Assert.Empty(await new SqliteOutboxStore(Database).ReadPendingAsync(10, ct));
    }

    [Fact]
    public async Task The_same_message_applied_twice_by_one_consumer_has_one_effect()
    {
        var receipt = new MessageReceipt("notes", Guid.CreateVersion7());

        var first = await Database.ApplyOnceAsync(receipt, DateTimeOffset.UtcNow, AddNoteAsync, TestContext.Current.CancellationToken);
        var second = await Database.ApplyOnceAsync(receipt, DateTimeOffset.UtcNow, AddNoteAsync, TestContext.Current.CancellationToken);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM notes"));
    }

    [Fact]
    public async Task Two_consumers_of_one_message_each_apply_it()
    {
        var messageId = Guid.CreateVersion7();

        await Database.ApplyOnceAsync(new MessageReceipt("a", messageId), DateTimeOffset.UtcNow, AddNoteAsync, TestContext.Current.CancellationToken);
        await Database.ApplyOnceAsync(new MessageReceipt("b", messageId), DateTimeOffset.UtcNow, AddNoteAsync, TestContext.Current.CancellationToken);

        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM notes"));
    }

    [Fact]
    public async Task A_failing_effect_records_no_receipt_so_the_retry_applies_it()
    {
        var receipt = new MessageReceipt("notes", Guid.CreateVersion7());

        await Assert.ThrowsAsync<InvalidOperationException>(() => Database.ApplyOnceAsync(
            receipt, DateTimeOffset.UtcNow, (_, _) => throw new InvalidOperationException("boom"), TestContext.Current.CancellationToken));
        var retried = await Database.ApplyOnceAsync(receipt, DateTimeOffset.UtcNow, AddNoteAsync, TestContext.Current.CancellationToken);

        Assert.True(retried);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM notes"));
    }

    [Fact]
    public async Task The_inbox_purge_forgets_only_receipts_older_than_the_cutoff()
    {
        var cutoff = DateTimeOffset.UtcNow;
        await Database.ApplyOnceAsync(new MessageReceipt("notes", Guid.CreateVersion7()), cutoff.AddDays(-8), AddNoteAsync, TestContext.Current.CancellationToken);
        await Database.ApplyOnceAsync(new MessageReceipt("notes", Guid.CreateVersion7()), cutoff.AddMinutes(-1).AddDays(1), AddNoteAsync, TestContext.Current.CancellationToken);

        var purged = await new SqliteInboxStore(Database).PurgeProcessedBeforeAsync(cutoff, TestContext.Current.CancellationToken);

        Assert.Equal(1, purged);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM inbox"));
    }

    private static async Task<object?> PragmaAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _temporary.Dispose();
        return ValueTask.CompletedTask;
    }

    private static OutboxMessage Message() => new(Guid.CreateVersion7(), "a", "test", "{}", null, DateTimeOffset.UtcNow);

    private static async Task AddNoteAsync(SqliteUnitOfWork unit, CancellationToken cancellationToken)
    {
        await using var command = unit.CreateCommand("INSERT INTO notes (text) VALUES ('x')");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}

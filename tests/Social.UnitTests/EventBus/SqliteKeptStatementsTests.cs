using Microsoft.Data.Sqlite;
using Social.EventBus.Outbox;
using Social.Storage.Sqlite;

namespace Social.UnitTests.EventBus;

/// <summary>
/// A database's connections stay open between uses and keep the statements they compiled: a text is compiled once per
/// connection, yet every read still sees the last commit, and a connection left in a bad state is never handed out.
/// </summary>
public sealed class SqliteKeptStatementsTests : IAsyncLifetime
{
    private static readonly SqliteMigration Notes = new("test", 1, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);");

    private TemporarySqliteDatabase _temporary = null!;

    private SqliteDatabase Database => _temporary.Database;

    public async ValueTask InitializeAsync()
    {
        _temporary = await TemporarySqliteDatabase.CreateAsync("kept", [Notes], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_read_run_again_on_a_connection_runs_the_command_compiled_the_first_time()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Sql = "SELECT COUNT(*) FROM notes WHERE text = $text";
        SqliteCommand? first = null;
        for (var i = 0; i < 50; i++)
        {
            await using var connection = await Database.OpenAsync(ct);
            await using var command = connection.Command(Sql, ("$text", $"t{i}"));
            Assert.Equal(0L, await command.ExecuteScalarAsync(ct));
            first ??= command;
            Assert.Same(first, command);
        }
    }

    [Fact]
    public async Task A_write_run_again_runs_the_command_compiled_the_first_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var commands = new HashSet<SqliteCommand>();
        for (var i = 0; i < 20; i++)
        {
            await using var unit = await Database.BeginAsync(ct);
            await using var insert = unit.Command(InsertNote, ("$text", $"n{i}"));
            commands.Add(insert);
            await insert.ExecuteNonQueryAsync(ct);
            await unit.CommitAsync(ct);
        }

        Assert.Single(commands);
        Assert.Equal(20L, await CountAsync(ct));
    }

    [Fact]
    public async Task A_kept_statement_follows_a_schema_change_made_on_another_connection()
    {
        var ct = TestContext.Current.CancellationToken;
        await AddNoteAsync("a", ct);
        await using (var connection = await Database.OpenAsync(ct))
        {
            await using var all = connection.Command("SELECT * FROM notes");
            Assert.Equal(2, (await all.ReadAllAsync(r => r.FieldCount, ct)).Single());
        }

        await using (var unit = await Database.BeginAsync(ct))
        {
            await unit.ExecuteAsync("ALTER TABLE notes ADD COLUMN extra TEXT", ct);
            await unit.CommitAsync(ct);
        }

        await using var again = await Database.OpenAsync(ct);
        await using var allAgain = again.Command("SELECT * FROM notes");
        Assert.Equal(3, (await allAgain.ReadAllAsync(r => r.FieldCount, ct)).Single());
    }

    [Fact]
    public async Task Every_read_through_a_kept_statement_sees_the_last_commit()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 1; i <= 20; i++)
        {
            await AddNoteAsync($"n{i}", ct);

            // A kept statement left un-reset would hold its read snapshot open, and this count would stay behind.
            await using var connection = await Database.OpenAsync(ct);
            await using var count = connection.Command("SELECT COUNT(*) FROM notes");
            Assert.Equal((long)i, await count.ExecuteScalarAsync(ct));
        }
    }

    [Fact]
    public async Task A_text_used_twice_at_once_on_one_connection_gets_a_second_command()
    {
        var ct = TestContext.Current.CancellationToken;
        await AddNoteAsync("a", ct);
        await AddNoteAsync("b", ct);
        await using var connection = await Database.OpenAsync(ct);

        await using var outer = connection.Command("SELECT text FROM notes ORDER BY id");
        await using var outerRows = await outer.ExecuteReaderAsync(ct);
        Assert.True(await outerRows.ReadAsync(ct));
        await using var inner = connection.Command("SELECT text FROM notes ORDER BY id");

        Assert.NotSame(outer, inner);
        Assert.Equal(["a", "b"], await inner.ReadAllAsync(r => r.GetString(0), ct));
        Assert.Equal("a", outerRows.GetString(0));
    }

    [Fact]
    public async Task A_connection_handed_back_inside_a_transaction_is_closed_not_handed_out_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var connection = await Database.OpenAsync(ct);
        var snapshot = connection.BeginTransaction(deferred: true);
        await using (var read = connection.Command("SELECT COUNT(*) FROM notes"))
        {
            read.Transaction = snapshot;
            Assert.Equal(0L, await read.ExecuteScalarAsync(ct));
        }

        await connection.DisposeAsync();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        await using var next = await Database.OpenAsync(ct);
        Assert.NotSame(connection, next);
        // The snapshot ended with its connection: a writer is not kept waiting, and readers see its commit.
        await AddNoteAsync("after", ct);
        await using var count = next.Command("SELECT COUNT(*) FROM notes");
        Assert.Equal(1L, await count.ExecuteScalarAsync(ct));
    }

    [Fact]
    public async Task A_unit_that_does_not_commit_leaves_the_writer_ready_for_the_next()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var abandoned = await Database.BeginAsync(ct))
        {
            await using var insert = abandoned.Command(InsertNote, ("$text", "gone"));
            await insert.ExecuteNonQueryAsync(ct);
        }

        await AddNoteAsync("kept", ct);

        await using var connection = await Database.OpenAsync(ct);
        await using var texts = connection.Command("SELECT text FROM notes");
        Assert.Equal(["kept"], await texts.ReadAllAsync(r => r.GetString(0), ct));
    }

    [Fact]
    public async Task Texts_beyond_the_bound_are_compiled_for_their_call_only()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = await Database.OpenAsync(ct);
        for (var i = 0; i < SqliteStatementCache.MaxStatements + 20; i++)
        {
            await using var command = connection.Command($"SELECT {i}");
            Assert.Equal((long)i, await command.ExecuteScalarAsync(ct));
        }

        Assert.Equal(SqliteStatementCache.MaxStatements, connection.Statements.Count);
    }

    [Fact]
    public async Task Disposing_the_database_closes_its_idle_connections()
    {
        var ct = TestContext.Current.CancellationToken;
        var connection = await Database.OpenAsync(ct);
        await connection.DisposeAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);

        Database.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
    }

    private const string InsertNote = "INSERT INTO notes (text) VALUES ($text)";

    private async Task AddNoteAsync(string text, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        await unit.ExecuteAsync(InsertNote, cancellationToken, ("$text", text));
        await unit.CommitAsync(cancellationToken);
    }

    private async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var count = connection.Command("SELECT COUNT(*) FROM notes");
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync()
    {
        _temporary.Dispose();
        return ValueTask.CompletedTask;
    }
}

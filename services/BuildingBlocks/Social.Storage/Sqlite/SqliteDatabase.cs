using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;

namespace Social.Storage.Sqlite;

/// <summary>
/// A service's own SQLite file: WAL journal, schema migrated at start (applied steps tracked per scope in
/// <c>schema_migrations</c>, so the shared tables and the service's tables evolve independently),
/// the outbox and inbox tables included, so that state, events and receipts share one transaction.
/// </summary>
[SuppressMessage(
    "Usage",
    "CA2213:Disposable fields should be disposed",
    Justification = "The write turn is a SemaphoreSlim whose wait handle is never read: it holds no kernel object, and units still hand it on while the host stops.")]
public sealed class SqliteDatabase : IDisposable
{
    // As long as a busy SQLite waits for its write lock before giving up (the connection's Default Timeout).
    private static readonly TimeSpan WriteLockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// WAL pages past which the writer checkpoints by itself, as SQLite does past 1,000 by default: a backstop for when
    /// <see cref="SqliteCheckpointService"/> falls behind (1,000 pages is a few milliseconds of a busy service's writes).
    /// </summary>
    public const int WriterCheckpointPages = 4000;

    // Idle read connections kept open with their compiled statements. A read runs to its end without yielding
    // (Microsoft.Data.Sqlite's async calls complete synchronously), so reads at once are bounded by the threads
    // running them: a busy two-core service was seen using a handful.
    private const int MaxIdleConnections = 16;

    // Writers of this process take turns here, in arrival order, instead of on SQLite's lock: a writer that finds the
    // file locked is retried by Microsoft.Data.Sqlite after sleeping 150 ms, which turns a queue of a few
    // milliseconds into a tail of hundreds. Another process on the same file (a replica) still meets the busy retry.
    private readonly SemaphoreSlim _writeTurn = new(1, 1);
    private readonly string _connectionString;
    private readonly IReadOnlyList<SqliteMigration> _migrations;
    private readonly IOutboxSignal _outboxSignal;
    private readonly Lock _idleLock = new();
    private readonly Stack<PooledSqliteConnection> _idle = new();
    private bool _disposed;

    // The one connection writers use, in turn (only the holder of the write turn touches it): its page cache stays
    // valid from one write to the next, since no one else in this process writes, and its statements stay compiled.
    private PooledSqliteConnection? _writer;

    public SqliteDatabase(string filePath, IEnumerable<SqliteMigration> serviceMigrations, IOutboxSignal outboxSignal)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(filePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Pooling = true,
            // Writers queue on SQLite's single write lock; wait rather than fail under bursts.
            DefaultTimeout = 30,
        }.ToString();
        _migrations = [.. SharedSchema.Migrations, .. serviceMigrations];
        _outboxSignal = outboxSignal;
        FilePath = filePath;
    }

    public string FilePath { get; }

    /// <summary>
    /// A connection for reads, open, with the statements it compiled before. Dispose it when done (it goes back to
    /// this database), and leave no transaction open.
    /// </summary>
    public async Task<PooledSqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        lock (_idleLock)
        {
            if (_idle.TryPop(out var idle))
            {
                return idle;
            }
        }

        return await OpenNewAsync(HandBackIdle, cancellationToken);
    }

    /// <summary>
    /// Starts a write transaction (<c>BEGIN IMMEDIATE</c>: takes the write lock up front, so no upgrade deadlocks),
    /// once this process's earlier writers are done. Every write goes through here, one statement or many.
    /// </summary>
    public async Task<SqliteUnitOfWork> BeginAsync(CancellationToken cancellationToken)
    {
        if (!await _writeTurn.WaitAsync(WriteLockTimeout, cancellationToken))
        {
            throw new TimeoutException($"No turn to write {Path.GetFileName(FilePath)} within {WriteLockTimeout.TotalSeconds:0} s.");
        }

        try
        {
            // Disposing the writer between units does nothing: it is closed only here, when it cannot serve again.
            var writer = _writer ??= await OpenWriterAsync(cancellationToken);
            var transaction = (SqliteTransaction)await writer.BeginTransactionAsync(cancellationToken);
            return new SqliteUnitOfWork(writer, transaction, _outboxSignal, EndWrite);
        }
        catch
        {
            EndWrite();
            throw;
        }
    }

    /// <summary>
    /// Copies what it can of the WAL into the database file, on a reader's connection, without waiting for readers or
    /// writers (<c>PRAGMA wal_checkpoint(PASSIVE)</c>): writes go on meanwhile.
    /// </summary>
    public async Task<SqliteCheckpoint> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command("PRAGMA wal_checkpoint(PASSIVE)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // One row: busy (never for a passive checkpoint), pages in the WAL, pages copied; -1 when the file is not in WAL mode.
        return await reader.ReadAsync(cancellationToken)
            ? new SqliteCheckpoint(Math.Max(reader.GetInt32(1), 0), Math.Max(reader.GetInt32(2), 0))
            : default;
    }

    /// <summary>Closes the idle connections and the writer's; connections in use close when they are handed back.</summary>
    public void Dispose()
    {
        lock (_idleLock)
        {
            _disposed = true;
            while (_idle.TryPop(out var idle))
            {
                idle.CloseForGood();
            }
        }

        if (_writeTurn.Wait(WriteLockTimeout))
        {
            _writer?.CloseForGood();
            _writer = null;
            _writeTurn.Release();
        }
    }

    /// <summary>
    /// A consumer's effect, applied at most once per message: the receipt and the effect commit together, and a
    /// message already received changes nothing. Returns whether the effect was applied.
    /// </summary>
    public async Task<bool> ApplyOnceAsync(
        MessageReceipt receipt,
        DateTimeOffset receivedAt,
        Func<SqliteUnitOfWork, CancellationToken, Task> effect,
        CancellationToken cancellationToken)
    {
        await using var unit = await BeginAsync(cancellationToken);
        if (!await unit.TryRecordReceiptAsync(receipt, receivedAt, cancellationToken))
        {
            return false;
        }

        await effect(unit, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return true;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // WAL (kept by the file) lets readers run beside the writer.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);

        // One transaction for the whole upgrade: replicas starting together serialise here, and a failed step leaves no half schema.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                scope   TEXT NOT NULL,
                version INTEGER NOT NULL,
                PRIMARY KEY (scope, version)
            ) WITHOUT ROWID;
            """, cancellationToken);
        foreach (var migration in _migrations.OrderBy(m => m.Scope, StringComparer.Ordinal).ThenBy(m => m.Version))
        {
            if (await IsAppliedAsync(connection, transaction, migration, cancellationToken))
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (scope, version) VALUES ($scope, $version)";
            record.Parameters.AddWithValue("$scope", migration.Scope);
            record.Parameters.AddWithValue("$version", migration.Version);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<PooledSqliteConnection> OpenNewAsync(Action<PooledSqliteConnection> handBack, CancellationToken cancellationToken)
    {
        var connection = new PooledSqliteConnection(_connectionString, handBack);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Unlike the journal mode, the sync level belongs to the connection, not the file: left at its default
            // (FULL), every commit waits for an fsync of the WAL. NORMAL is durable against a process crash in WAL
            // mode; what it gives up (the last commits on a power loss) is what the outbox's at-least-once delivery
            // already tolerates for events, and a deployment that cannot accept it runs on MongoDB.
            await ExecuteAsync(connection, null, "PRAGMA synchronous=NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            connection.CloseForGood();
            throw;
        }
    }

    private async Task<PooledSqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var writer = await OpenNewAsync(static _ => { }, cancellationToken);
        try
        {
            // The checkpoint a commit would run past 1,000 pages, holding the write turn, runs beside it instead.
            await ExecuteAsync(writer, null, $"PRAGMA wal_autocheckpoint={WriterCheckpointPages};", cancellationToken);
            return writer;
        }
        catch
        {
            writer.CloseForGood();
            throw;
        }
    }

    private void HandBackIdle(PooledSqliteConnection connection)
    {
        if (connection.CanServeAgain)
        {
            lock (_idleLock)
            {
                if (!_disposed && _idle.Count < MaxIdleConnections)
                {
                    _idle.Push(connection);
                    return;
                }
            }
        }

        connection.CloseForGood();
    }

    /// <summary>Ends a writer's turn: the next writer goes on, on the same connection unless it was left unusable.</summary>
    private void EndWrite()
    {
        try
        {
            if (_writer is { CanServeAgain: false } broken)
            {
                _writer = null;
                broken.CloseForGood();
            }
        }
        finally
        {
            _writeTurn.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> IsAppliedAsync(SqliteConnection connection, SqliteTransaction transaction, SqliteMigration migration, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1 FROM schema_migrations WHERE scope = $scope AND version = $version";
        command.Parameters.AddWithValue("$scope", migration.Scope);
        command.Parameters.AddWithValue("$version", migration.Version);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}

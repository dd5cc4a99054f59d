using System.Globalization;
using Microsoft.Data.Sqlite;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;

namespace Social.Storage.Sqlite;

/// <summary>
/// One local transaction: the service's state change, the events it raises (outbox) and, for a consumer,
/// the receipt of the message that caused it (inbox). Commit makes all of them durable together. Disposing it ends
/// the transaction (rolled back unless committed) and hands the write turn to the next writer (<paramref name="endWrite"/>).
/// </summary>
public sealed class SqliteUnitOfWork(PooledSqliteConnection connection, SqliteTransaction transaction, IOutboxSignal outboxSignal, Action endWrite)
    : IAsyncDisposable
{
    private bool _hasOutboxMessages;
    private bool _disposed;

    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction { get; } = transaction;

    /// <summary>A command in this transaction; its SQL is compiled once per connection (<see cref="SqliteStatementCache"/>). Dispose it after use.</summary>
    public SqliteCommand CreateCommand(string sql) => connection.Statements.Rent(sql, Transaction);

    public async Task AddOutboxMessageAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand("""
            INSERT INTO outbox (message_id, aggregate_id, message_type, body, trace_parent, occurred_at)
            VALUES ($id, $aggregate, $type, $body, $trace, $at)
            """);
        command.Parameters.AddWithValue("$id", message.MessageId.ToString());
        command.Parameters.AddWithValue("$aggregate", message.AggregateId);
        command.Parameters.AddWithValue("$type", message.MessageType);
        command.Parameters.AddWithValue("$body", message.Body);
        command.Parameters.AddWithValue("$trace", (object?)message.TraceParent ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", message.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        _hasOutboxMessages = true;
    }

    /// <summary>Records that the consumer handled the message. False: it already had, and the caller must change nothing.</summary>
    public async Task<bool> TryRecordReceiptAsync(MessageReceipt receipt, DateTimeOffset processedAt, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(
            "INSERT OR IGNORE INTO inbox (consumer, message_id, processed_at) VALUES ($consumer, $id, $at)");
        command.Parameters.AddWithValue("$consumer", receipt.Consumer);
        command.Parameters.AddWithValue("$id", receipt.MessageId.ToString());
        command.Parameters.AddWithValue("$at", processedAt.ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Transaction.CommitAsync(cancellationToken);
        if (_hasOutboxMessages)
        {
            outboxSignal.Notify();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await Transaction.DisposeAsync();
        }
        finally
        {
            endWrite();
        }
    }
}

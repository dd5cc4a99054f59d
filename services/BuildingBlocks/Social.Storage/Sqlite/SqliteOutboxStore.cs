using System.Globalization;
using System.Text.Json;
using Social.EventBus.Outbox;

namespace Social.Storage.Sqlite;

/// <summary>The outbox table of a service's SQLite database (written by <see cref="SqliteUnitOfWork"/>).</summary>
public sealed class SqliteOutboxStore(SqliteDatabase database) : IOutboxStore
{
    /// <summary>
    /// One batch of the purge: the oldest published messages are found through the partial index
    /// <c>outbox_published</c> (a range, not a scan) and deleted by rowid, so the write lock is held for one batch only.
    /// </summary>
    internal const string PurgeSql = """
        DELETE FROM outbox WHERE sequence IN (
            SELECT sequence FROM outbox WHERE published_at IS NOT NULL AND published_at < $before LIMIT $max)
        """;

    public async Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        await unit.AddOutboxMessageAsync(message, cancellationToken);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT message_id, aggregate_id, message_type, body, trace_parent, occurred_at
            FROM outbox WHERE published_at IS NULL ORDER BY sequence LIMIT $max
            """;
        command.Parameters.AddWithValue("$max", maxCount);
        var messages = new List<OutboxMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new OutboxMessage(
                Guid.Parse(reader.GetString(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        }

        return messages;
    }

    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox WHERE published_at IS NULL";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task MarkPublishedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return;
        }

        await using var unit = await database.BeginAsync(cancellationToken);
        await using var command = unit.CreateCommand(
            "UPDATE outbox SET published_at = $at WHERE message_id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$at", publishedAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(messageIds.Select(id => id.ToString())));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task<int> RecordFailedAttemptAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        await using var command = unit.CreateCommand(
            "UPDATE outbox SET attempts = attempts + 1 WHERE message_id = $id AND published_at IS NULL RETURNING attempts");
        command.Parameters.AddWithValue("$id", messageId.ToString());
        var attempts = await command.ExecuteScalarAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return attempts is long count ? (int)count : 0;
    }

    public async Task DeadLetterAsync(OutboxDeadLetter deadLetter, CancellationToken cancellationToken)
    {
        var message = deadLetter.Message;
        await using var unit = await database.BeginAsync(cancellationToken);
        await using (var insert = unit.CreateCommand("""
            INSERT INTO outbox_dead_letters
                (message_id, aggregate_id, message_type, body, trace_parent, occurred_at, failed_at, attempts, error)
            VALUES ($id, $aggregate, $type, $body, $trace, $occurred, $failed, $attempts, $error)
            ON CONFLICT (message_id) DO NOTHING
            """))
        {
            insert.Parameters.AddWithValue("$id", message.MessageId.ToString());
            insert.Parameters.AddWithValue("$aggregate", message.AggregateId);
            insert.Parameters.AddWithValue("$type", message.MessageType);
            insert.Parameters.AddWithValue("$body", message.Body);
            insert.Parameters.AddWithValue("$trace", (object?)message.TraceParent ?? DBNull.Value);
            insert.Parameters.AddWithValue("$occurred", message.OccurredAt.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$failed", deadLetter.FailedAt.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$attempts", deadLetter.Attempts);
            insert.Parameters.AddWithValue("$error", deadLetter.Error);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var delete = unit.CreateCommand("DELETE FROM outbox WHERE message_id = $id"))
        {
            delete.Parameters.AddWithValue("$id", message.MessageId.ToString());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
    }

    public async Task<int> PurgePublishedAsync(DateTimeOffset publishedBefore, int maxCount, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        await using var command = unit.CreateCommand(PurgeSql);
        command.Parameters.AddWithValue("$before", publishedBefore.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$max", maxCount);
        var purged = await command.ExecuteNonQueryAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return purged;
    }

    /// <summary>
    /// One statement takes or renews the lease: the upsert only overwrites a row held by the same holder or run out,
    /// and returns a row only when it wrote one. Times are stored as round-trip UTC text, which sorts as time does.
    /// </summary>
    public async Task<bool> TryHoldRelayLeaseAsync(string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        await using var command = unit.CreateCommand("""
            INSERT INTO outbox_relay_lease (id, holder, expires_at) VALUES (1, $holder, $until)
            ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE outbox_relay_lease.holder = excluded.holder OR outbox_relay_lease.expires_at <= $now
            RETURNING holder
            """);
        command.Parameters.AddWithValue("$holder", holder);
        command.Parameters.AddWithValue("$now", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$until", until.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        var held = await command.ExecuteScalarAsync(cancellationToken) is string;
        await unit.CommitAsync(cancellationToken);
        return held;
    }

    public Task ReleaseRelayLeaseAsync(string holder, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM outbox_relay_lease WHERE holder = $holder", ("$holder", holder), null, cancellationToken);

    private async Task ExecuteAsync(string sql, (string Name, string Value) first, (string Name, string Value)? second, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        await using var command = unit.CreateCommand(sql);
        command.Parameters.AddWithValue(first.Name, first.Value);
        if (second is { } extra)
        {
            command.Parameters.AddWithValue(extra.Name, extra.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
    }
}

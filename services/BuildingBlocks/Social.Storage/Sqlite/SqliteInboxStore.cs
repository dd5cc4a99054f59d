using System.Globalization;
using Social.EventBus.Inbox;

namespace Social.Storage.Sqlite;

/// <summary>The inbox table of a service's SQLite database (written by <see cref="SqliteUnitOfWork"/>).</summary>
public sealed class SqliteInboxStore(SqliteDatabase database) : IInboxStore
{
    /// <summary>
    /// One batch of the purge, by key: the oldest receipts are found through <c>inbox_processed_at</c> (a range, not a
    /// scan) and deleted by primary key, so the write lock is held for one batch only.
    /// </summary>
    internal const string PurgeSql = """
        DELETE FROM inbox WHERE (consumer, message_id) IN (
            SELECT consumer, message_id FROM inbox WHERE processed_at < $before LIMIT $max)
        """;

    public async Task<int> PurgeProcessedBeforeAsync(DateTimeOffset processedBefore, int maxCount, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        await using var command = unit.CreateCommand(PurgeSql);
        command.Parameters.AddWithValue("$before", processedBefore.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$max", maxCount);
        var purged = await command.ExecuteNonQueryAsync(cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return purged;
    }
}

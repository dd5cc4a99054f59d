using System.Globalization;
using Social.EventBus.Inbox;

namespace Social.Storage.Sqlite;

/// <summary>The inbox table of a service's SQLite database (written by <see cref="SqliteUnitOfWork"/>).</summary>
public sealed class SqliteInboxStore(SqliteDatabase database) : IInboxStore
{
    public async Task<long> PurgeProcessedBeforeAsync(DateTimeOffset processedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM inbox WHERE processed_at < $before";
        command.Parameters.AddWithValue("$before", processedBefore.ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

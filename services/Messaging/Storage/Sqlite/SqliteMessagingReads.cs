using Microsoft.Data.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>Reads that the store and its transactions share: on a plain connection, or in the transaction given.</summary>
internal static class SqliteMessagingReads
{
    public static async Task<Guid?> DirectAsync(SqliteConnection connection, SqliteTransaction? transaction, Guid low, Guid high, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT conversation_id FROM direct_pairs WHERE pair_low = $low AND pair_high = $high", ("$low", low.ToString()), ("$high", high.ToString()));
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? Guid.Parse(id) : null;
    }
}

using Microsoft.Data.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.KnownUsers.Sqlite;

/// <summary>Reads of the known users' tables, outside or inside a transaction.</summary>
public static class SqliteKnownUsersReads
{
    public static async Task<KnownUser?> FindUserAsync(SqliteConnection connection, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT handle, created_at FROM users WHERE user_id = $id", ("$id", userId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new KnownUser(userId, reader.GetString(reader.GetOrdinal("handle")), ParseTime(reader.GetString(reader.GetOrdinal("created_at"))))
            : null;
    }

    public static async Task<UserSettings?> ReadSettingsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            """
            SELECT is_private, who_can_message, who_can_comment, who_can_mention, read_receipts, who_can_tag, changed_at
            FROM user_settings WHERE user_id = $id
            """,
            ("$id", userId.ToString()));
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new UserSettings(
            userId,
            reader.GetBoolean(reader.GetOrdinal("is_private")),
            reader.GetString(reader.GetOrdinal("who_can_message")),
            reader.GetString(reader.GetOrdinal("who_can_comment")),
            reader.GetString(reader.GetOrdinal("who_can_mention")),
            ParseTime(reader.GetString(reader.GetOrdinal("changed_at"))),
            reader.GetBoolean(reader.GetOrdinal("read_receipts")),
            reader.GetString(reader.GetOrdinal("who_can_tag")));
    }
}

using System.Globalization;
using Social.Graph.Users;
using Social.ServiceDefaults.Messaging.Inbox;
using Social.ServiceDefaults.Storage.Sqlite;

namespace Social.Graph.Storage.Sqlite;

public sealed class SqliteGraphStore(SqliteDatabase database, TimeProvider timeProvider) : IGraphStore
{
    public Task<bool> AddUserAsync(GraphUser user, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            // OR IGNORE: the same account announced under another message id (a republished event) is still one user.
            await using var command = unit.CreateCommand(
                """
                INSERT OR IGNORE INTO users (user_id, handle, created_at)
                SELECT $id, $handle, $at WHERE NOT EXISTS (SELECT 1 FROM deleted_users WHERE user_id = $id)
                """);
            command.Parameters.AddWithValue("$id", user.UserId.ToString());
            command.Parameters.AddWithValue("$handle", user.Handle);
            command.Parameters.AddWithValue("$at", user.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task<bool> RemoveUserAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            await using var command = unit.CreateCommand("""
                DELETE FROM users WHERE user_id = $id;
                INSERT OR IGNORE INTO deleted_users (user_id, deleted_at) VALUES ($id, $at);
                """);
            command.Parameters.AddWithValue("$id", userId.ToString());
            command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public async Task<GraphUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT handle, created_at FROM users WHERE user_id = $id";
        command.Parameters.AddWithValue("$id", userId.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new GraphUser(userId, reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            : null;
    }
}

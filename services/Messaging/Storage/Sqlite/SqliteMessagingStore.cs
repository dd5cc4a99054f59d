using System.Globalization;
using Social.Messaging.Participants;
using Social.EventBus.Inbox;
using Social.Storage.Sqlite;

namespace Social.Messaging.Storage.Sqlite;

public sealed class SqliteMessagingStore(SqliteDatabase database, TimeProvider timeProvider) : IMessagingStore
{
    public Task<bool> AddParticipantAsync(MessagingParticipant participant, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            await using var command = unit.CreateCommand(
                """
                INSERT OR IGNORE INTO participants (user_id, handle, joined_at)
                SELECT $id, $handle, $at WHERE NOT EXISTS (SELECT 1 FROM deleted_users WHERE user_id = $id)
                """);
            command.Parameters.AddWithValue("$id", participant.UserId.ToString());
            command.Parameters.AddWithValue("$handle", participant.Handle);
            command.Parameters.AddWithValue("$at", participant.JoinedAt.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public Task<bool> RemoveParticipantAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            await using var command = unit.CreateCommand("""
                DELETE FROM participants WHERE user_id = $id;
                INSERT OR IGNORE INTO deleted_users (user_id, deleted_at) VALUES ($id, $at);
                """);
            command.Parameters.AddWithValue("$id", userId.ToString());
            command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    public async Task<MessagingParticipant?> FindParticipantAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT handle, joined_at FROM participants WHERE user_id = $id";
        command.Parameters.AddWithValue("$id", userId.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new MessagingParticipant(userId, reader.GetString(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            : null;
    }
}

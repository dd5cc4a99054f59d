using Microsoft.Data.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Storage.Sqlite;

/// <summary>The idempotency keys' statements, for a service's SQLite adapter to implement its part of the port with.</summary>
public static class SqliteIdempotencyKeys
{
    public static async Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(this SqliteConnection connection, Guid ownerId, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT fingerprint, result_id, created_at FROM idempotency_keys WHERE owner_id = $owner AND key = $key",
            ("$owner", ownerId.ToString()), ("$key", key));
        var rows = await command.ReadAllAsync(
            reader => new StoredIdempotencyKey(ownerId, key, reader.GetString(0), Guid.Parse(reader.GetString(1)), ParseTime(reader.GetString(2))),
            cancellationToken);
        return rows.SingleOrDefault();
    }

    public static async Task<bool> InsertIdempotencyKeyAsync(this SqliteUnitOfWork unit, StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        await unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO idempotency_keys (owner_id, key, fingerprint, result_id, created_at)
            VALUES ($owner, $key, $fingerprint, $result, $at)
            """,
            cancellationToken,
            ("$owner", key.OwnerId.ToString()), ("$key", key.Key), ("$fingerprint", key.Fingerprint),
            ("$result", key.ResultId.ToString()), ("$at", Time(key.CreatedAt))) == 1;

    public static Task DeleteIdempotencyKeysOfAsync(this SqliteUnitOfWork unit, Guid ownerId, CancellationToken cancellationToken) =>
        unit.ExecuteAsync("DELETE FROM idempotency_keys WHERE owner_id = $owner", cancellationToken, ("$owner", ownerId.ToString()));
}

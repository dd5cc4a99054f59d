using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Social.EventBus.Outbox;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Storage.Sqlite;

namespace Social.Profile.Storage.Sqlite;

/// <summary>The SQLite adapter of <see cref="IProfileStore"/>: accounts and profiles here; event-fed counters beside.</summary>
public sealed partial class SqliteProfileStore(SqliteDatabase database, TimeProvider timeProvider) : IProfileStore
{
    // A taken handle (UNIQUE) or idempotency key (PRIMARY KEY): the only constraints a valid sign-up can break.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public async Task<bool> CreateAccountAsync(NewAccount account, OutboxMessage accountCreated, IdempotencyKeyRecord? idempotencyKey, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var userId = account.UserId.ToString();
        if (!await ReleaseHandleAsync(unit, account.Handle, account.CreatedAt, cancellationToken))
        {
            return false;
        }

        try
        {
            await using (var insertAccount = unit.CreateCommand(
                "INSERT INTO accounts (user_id, handle, password_hash, created_at) VALUES ($id, $handle, $hash, $at)"))
            {
                insertAccount.Parameters.AddWithValue("$id", userId);
                insertAccount.Parameters.AddWithValue("$handle", account.Handle);
                insertAccount.Parameters.AddWithValue("$hash", account.PasswordHash);
                insertAccount.Parameters.AddWithValue("$at", account.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                await insertAccount.ExecuteNonQueryAsync(cancellationToken);
            }

            if (idempotencyKey is not null)
            {
                await InsertIdempotencyKeyAsync(unit, idempotencyKey, cancellationToken);
            }
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey)
        {
            return false;
        }

        await using (var insertProfile = unit.CreateCommand(
            "INSERT INTO profiles (user_id, handle, display_name) VALUES ($id, $handle, $name)"))
        {
            insertProfile.Parameters.AddWithValue("$id", userId);
            insertProfile.Parameters.AddWithValue("$handle", account.Handle);
            insertProfile.Parameters.AddWithValue("$name", account.DisplayName);
            await insertProfile.ExecuteNonQueryAsync(cancellationToken);
        }

        await unit.AddOutboxMessageAsync(accountCreated, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAccountAsync(Guid userId, DateTimeOffset handleReleasedAt, OutboxMessage accountDeleted, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        string? handle;
        await using (var find = unit.CreateCommand("SELECT handle FROM accounts WHERE user_id = $id"))
        {
            find.Parameters.AddWithValue("$id", userId.ToString());
            handle = await find.ExecuteScalarAsync(cancellationToken) as string;
        }

        if (handle is null)
        {
            return false;
        }

        await using (var delete = unit.CreateCommand("""
            DELETE FROM profiles WHERE user_id = $id;
            DELETE FROM idempotency_keys WHERE user_id = $id;
            DELETE FROM accounts WHERE user_id = $id;
            INSERT OR REPLACE INTO handle_quarantine (handle, released_at) VALUES ($handle, $released);
            """))
        {
            delete.Parameters.AddWithValue("$id", userId.ToString());
            delete.Parameters.AddWithValue("$handle", handle);
            delete.Parameters.AddWithValue("$released", handleReleasedAt.ToString("O", CultureInfo.InvariantCulture));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await unit.AddOutboxMessageAsync(accountDeleted, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>False while the handle is quarantined; an expired quarantine is lifted.</summary>
    private static async Task<bool> ReleaseHandleAsync(SqliteUnitOfWork unit, string handle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = unit.CreateCommand("""
            DELETE FROM handle_quarantine WHERE handle = $handle AND released_at <= $now;
            SELECT COUNT(*) FROM handle_quarantine WHERE handle = $handle;
            """);
        command.Parameters.AddWithValue("$handle", handle);
        command.Parameters.AddWithValue("$now", now.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0;
    }

    public async Task<IdempotencyKeyRecord?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT fingerprint, user_id, handle, created_at FROM idempotency_keys WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new IdempotencyKeyRecord(key, reader.GetString(0), Guid.Parse(reader.GetString(1)), reader.GetString(2), DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture))
            : null;
    }

    private static async Task InsertIdempotencyKeyAsync(SqliteUnitOfWork unit, IdempotencyKeyRecord record, CancellationToken cancellationToken)
    {
        await using var command = unit.CreateCommand(
            "INSERT INTO idempotency_keys (key, fingerprint, user_id, handle, created_at) VALUES ($key, $fingerprint, $id, $handle, $at)");
        command.Parameters.AddWithValue("$key", record.Key);
        command.Parameters.AddWithValue("$fingerprint", record.Fingerprint);
        command.Parameters.AddWithValue("$id", record.UserId.ToString());
        command.Parameters.AddWithValue("$handle", record.Handle);
        command.Parameters.AddWithValue("$at", record.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<AccountCredentials?> FindCredentialsAsync(string handle, CancellationToken cancellationToken) =>
        FindCredentialsAsync("handle", handle, cancellationToken);

    public Task<AccountCredentials?> FindCredentialsAsync(Guid userId, CancellationToken cancellationToken) =>
        FindCredentialsAsync("user_id", userId.ToString(), cancellationToken);

    public async Task<bool> SetPasswordHashAsync(Guid userId, string passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE accounts SET password_hash = $hash WHERE user_id = $id";
        command.Parameters.AddWithValue("$hash", passwordHash);
        command.Parameters.AddWithValue("$id", userId.ToString());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<AccountCredentials?> FindCredentialsAsync(string keyColumn, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT user_id, handle, password_hash FROM accounts WHERE {keyColumn} = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AccountCredentials(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2))
            : null;
    }

    public Task<ProfileRecord?> FindByIdAsync(Guid userId, CancellationToken cancellationToken) =>
        FindProfileAsync("user_id", userId.ToString(), cancellationToken);

    public Task<ProfileRecord?> FindByHandleAsync(string handle, CancellationToken cancellationToken) =>
        FindProfileAsync("handle", handle, cancellationToken);

    public async Task<ProfileRecord?> UpdateProfileAsync(Guid userId, Func<ProfileRecord, ProfileUpdate> change, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE holds the write lock from the read on: concurrent edits of one profile cannot lose each other.
        await using var unit = await database.BeginAsync(cancellationToken);
        ProfileRecord? current;
        await using (var read = unit.CreateCommand($"{SelectProfile} user_id = $key"))
        {
            read.Parameters.AddWithValue("$key", userId.ToString());
            current = await ReadProfileAsync(read, cancellationToken);
        }

        if (current is null)
        {
            return null;
        }

        var (updated, raised) = change(current);
        await using (var write = unit.CreateCommand("""
            UPDATE profiles SET display_name = $name, bio = $bio, avatar_url = $avatar, links = $links, pronouns = $pronouns,
                is_private = $private, who_can_message = $message, who_can_comment = $comment, who_can_mention = $mention,
                read_receipts = $receipts
            WHERE user_id = $id
            """))
        {
            write.Parameters.AddWithValue("$id", userId.ToString());
            write.Parameters.AddWithValue("$name", updated.DisplayName);
            write.Parameters.AddWithValue("$bio", updated.Bio);
            write.Parameters.AddWithValue("$avatar", (object?)updated.AvatarUrl ?? DBNull.Value);
            write.Parameters.AddWithValue("$links", JsonSerializer.Serialize(updated.Links));
            write.Parameters.AddWithValue("$pronouns", updated.Pronouns);
            write.Parameters.AddWithValue("$private", updated.IsPrivate);
            write.Parameters.AddWithValue("$message", updated.Settings.WhoCanMessage);
            write.Parameters.AddWithValue("$comment", updated.Settings.WhoCanComment);
            write.Parameters.AddWithValue("$mention", updated.Settings.WhoCanMention);
            write.Parameters.AddWithValue("$receipts", updated.Settings.ReadReceipts);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }

        if (raised is not null)
        {
            await unit.AddOutboxMessageAsync(raised, cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
        return updated;
    }

    public async Task<IReadOnlyList<ProfileRecord>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = userIds.Select((_, i) => "$id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"{SelectProfile} user_id IN ({string.Join(", ", names)})";
        foreach (var (id, name) in userIds.Zip(names))
        {
            command.Parameters.AddWithValue(name, id.ToString());
        }

        return await ReadProfilesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ProfileRecord>> SearchAsync(string prefix, string? afterHandle, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Ranges instead of LIKE: both use an index ('\uffff' sorts after every character a prefix can continue with).
        command.CommandText = $"""
            {SelectProfile} ((handle >= $from AND handle < $to) OR (lower(display_name) >= $from AND lower(display_name) < $to))
              AND handle > $after
            ORDER BY handle LIMIT $limit
            """;
        command.Parameters.AddWithValue("$from", prefix);
        command.Parameters.AddWithValue("$to", prefix + "\uffff");
        command.Parameters.AddWithValue("$after", afterHandle ?? string.Empty);
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadProfilesAsync(command, cancellationToken);
    }

    private const string SelectProfile = """
        SELECT user_id, handle, display_name, bio, avatar_url, links, pronouns, is_private,
               followers_count, following_count, likes_count,
               who_can_message, who_can_comment, who_can_mention, read_receipts
        FROM profiles WHERE
        """;

    private async Task<ProfileRecord?> FindProfileAsync(string keyColumn, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{SelectProfile} {keyColumn} = $key";
        command.Parameters.AddWithValue("$key", key);
        return await ReadProfileAsync(command, cancellationToken);
    }

    private static async Task<ProfileRecord?> ReadProfileAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        await ReadProfilesAsync(command, cancellationToken) is [var first, ..] ? first : null;

    private static async Task<IReadOnlyList<ProfileRecord>> ReadProfilesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var profiles = new List<ProfileRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            profiles.Add(ReadProfile(reader));
        }

        return profiles;
    }

    private static ProfileRecord ReadProfile(SqliteDataReader reader) =>
        new(
            Guid.Parse(reader.GetString(0)),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            JsonSerializer.Deserialize<string[]>(reader.GetString(5)) ?? [],
            reader.GetString(6),
            reader.GetBoolean(7),
            reader.GetInt64(8),
            reader.GetInt64(9),
            reader.GetInt64(10),
            new ProfileSettings(reader.GetString(11), reader.GetString(12), reader.GetString(13), reader.GetBoolean(14)));
}

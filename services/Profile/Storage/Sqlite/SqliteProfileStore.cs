using System.Text.Json;
using Microsoft.Data.Sqlite;
using Social.EventBus.Outbox;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Profile.Storage.Sqlite;

/// <summary>
/// The SQLite adapter of <see cref="IProfileStore"/>: the write transactions of accounts and profiles here; lookups
/// and search beside (<c>.Reads</c>), event-fed counters too (<c>.Counters</c>), row readers in <see cref="SqliteProfileRows"/>.
/// </summary>
public sealed partial class SqliteProfileStore(SqliteDatabase database, TimeProvider timeProvider) : IProfileStore
{
    // A taken handle (UNIQUE) or idempotency key (PRIMARY KEY): the only constraints a valid sign-up can break.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public async Task<bool> CreateAccountAsync(NewAccount account, OutboxMessage accountCreated, IdempotencyKeyRecord? idempotencyKey, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        if (!await ReleaseHandleAsync(unit, account.Handle, account.CreatedAt, cancellationToken))
        {
            return false;
        }

        var userId = account.UserId.ToString();
        try
        {
            await unit.ExecuteAsync(
                "INSERT INTO accounts (user_id, handle, password_hash, created_at) VALUES ($id, $handle, $hash, $at)",
                cancellationToken,
                ("$id", userId), ("$handle", account.Handle), ("$hash", account.PasswordHash), ("$at", Time(account.CreatedAt)));
            if (idempotencyKey is not null)
            {
                await unit.ExecuteAsync(
                    "INSERT INTO idempotency_keys (key, fingerprint, user_id, handle, created_at) VALUES ($key, $fingerprint, $id, $handle, $at)",
                    cancellationToken,
                    ("$key", idempotencyKey.Key), ("$fingerprint", idempotencyKey.Fingerprint), ("$id", idempotencyKey.UserId.ToString()),
                    ("$handle", idempotencyKey.Handle), ("$at", Time(idempotencyKey.CreatedAt)));
            }
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey)
        {
            return false;
        }

        await unit.ExecuteAsync(
            "INSERT INTO profiles (user_id, handle, display_name) VALUES ($id, $handle, $name)",
            cancellationToken,
            ("$id", userId), ("$handle", account.Handle), ("$name", account.DisplayName));
        await unit.AddOutboxMessageAsync(accountCreated, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAccountAsync(Guid userId, DateTimeOffset handleReleasedAt, OutboxMessage accountDeleted, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        string? handle;
        await using (var find = unit.Command("SELECT handle FROM accounts WHERE user_id = $id", ("$id", userId.ToString())))
        {
            handle = await find.ExecuteScalarAsync(cancellationToken) as string;
        }

        if (handle is null)
        {
            return false;
        }

        await unit.ExecuteAsync(
            """
            DELETE FROM likes_received WHERE user_id = $id;
            DELETE FROM follow_counts WHERE user_id = $id;
            DELETE FROM profiles WHERE user_id = $id;
            DELETE FROM idempotency_keys WHERE user_id = $id;
            DELETE FROM accounts WHERE user_id = $id;
            INSERT OR REPLACE INTO handle_quarantine (handle, released_at) VALUES ($handle, $released);
            """,
            cancellationToken,
            ("$id", userId.ToString()), ("$handle", handle), ("$released", Time(handleReleasedAt)));
        await unit.AddOutboxMessageAsync(accountDeleted, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SetPasswordHashAsync(Guid userId, string passwordHash, OutboxMessage passwordChanged, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var changed = await unit.ExecuteAsync(
            "UPDATE accounts SET password_hash = $hash WHERE user_id = $id",
            cancellationToken,
            ("$hash", passwordHash), ("$id", userId.ToString())) == 1;
        if (changed)
        {
            await unit.AddOutboxMessageAsync(passwordChanged, cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task<ProfileRecord?> UpdateProfileAsync(Guid userId, Func<ProfileRecord, ProfileUpdate> change, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE holds the write lock from the read on: concurrent edits of one profile cannot lose each other.
        await using var unit = await database.BeginAsync(cancellationToken);
        ProfileRecord? current;
        await using (var read = unit.Command($"{SqliteProfileRows.SelectProfile} user_id = $id", ("$id", userId.ToString())))
        {
            current = await SqliteProfileRows.ReadProfileAsync(read, cancellationToken);
        }

        if (current is null)
        {
            return null;
        }

        var (updated, raised) = change(current);
        await unit.ExecuteAsync(
            """
            UPDATE profiles SET display_name = $name, bio = $bio, avatar_url = $avatar, links = $links, pronouns = $pronouns,
                is_private = $private, who_can_message = $message, who_can_comment = $comment, who_can_mention = $mention,
                read_receipts = $receipts, who_can_tag = $tag
            WHERE user_id = $id
            """,
            cancellationToken,
            ("$id", userId.ToString()), ("$name", updated.DisplayName), ("$bio", updated.Bio), ("$avatar", updated.AvatarUrl),
            ("$links", JsonSerializer.Serialize(updated.Links)), ("$pronouns", updated.Pronouns), ("$private", updated.IsPrivate),
            ("$message", updated.Settings.WhoCanMessage), ("$comment", updated.Settings.WhoCanComment),
            ("$mention", updated.Settings.WhoCanMention), ("$receipts", updated.Settings.ReadReceipts), ("$tag", updated.Settings.WhoCanTag));
        if (raised is not null)
        {
            await unit.AddOutboxMessageAsync(raised, cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
        return updated;
    }

    /// <summary>False while the handle is quarantined at <paramref name="now"/>; a quarantine that has ended is lifted.</summary>
    private static async Task<bool> ReleaseHandleAsync(SqliteUnitOfWork unit, string handle, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await unit.ExecuteAsync(
            "DELETE FROM handle_quarantine WHERE handle = $handle AND released_at <= $now",
            cancellationToken,
            ("$handle", handle), ("$now", Time(now)));
        return !await unit.ExistsAsync("SELECT 1 FROM handle_quarantine WHERE handle = $handle", cancellationToken, ("$handle", handle));
    }
}

using Social.Graph.Edges;
using Social.Graph.Users;
using Social.EventBus.Inbox;
using Social.Storage.Sqlite;
using static Social.Graph.Storage.Sqlite.SqliteCommands;

namespace Social.Graph.Storage.Sqlite;

/// <summary>The SQLite adapter of <see cref="IGraphStore"/>: users and settings here; edges, reads and counters beside.</summary>
public sealed partial class SqliteGraphStore(SqliteDatabase database, TimeProvider timeProvider) : IGraphStore
{
    public Task<bool> AddUserAsync(GraphUser user, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), (unit, ct) =>
            // OR IGNORE: the same account announced under another message id (a republished event) is still one user.
            unit.ExecuteAsync(
                """
                INSERT OR IGNORE INTO users (user_id, handle, created_at)
                SELECT $id, $handle, $at WHERE NOT EXISTS (SELECT 1 FROM deleted_users WHERE user_id = $id)
                """,
                ct,
                ("$id", user.UserId.ToString()), ("$handle", user.Handle), ("$at", Time(user.CreatedAt))),
            cancellationToken);

    public Task<bool> RemoveUserAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            var changes = new GraphChanges(timeProvider);
            var id = ("$id", (object?)userId.ToString());

            // Everyone they followed loses a follower, everyone who followed them loses a followee.
            await AdjustCountsOfAsync(unit, changes, "SELECT followee_id FROM follows WHERE follower_id = $id", followers: -1, following: 0, ct, id);
            await AdjustCountsOfAsync(unit, changes, "SELECT follower_id FROM follows WHERE followee_id = $id", followers: 0, following: -1, ct, id);
            await unit.ExecuteAsync(
                """
                DELETE FROM follows WHERE follower_id = $id OR followee_id = $id;
                DELETE FROM follow_requests WHERE requester_id = $id OR target_id = $id;
                DELETE FROM blocks WHERE blocker_id = $id OR blocked_id = $id;
                DELETE FROM mutes WHERE muter_id = $id OR muted_id = $id;
                DELETE FROM close_friends WHERE owner_id = $id OR friend_id = $id;
                DELETE FROM user_settings WHERE user_id = $id;
                DELETE FROM users WHERE user_id = $id;
                INSERT OR IGNORE INTO deleted_users (user_id, deleted_at) VALUES ($id, $at);
                """,
                ct,
                id, ("$at", Time(changes.At)));
            await WriteAsync(unit, changes, ct);
        }, cancellationToken);

    public Task<bool> ApplySettingsAsync(UserSettings settings, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            var current = await ReadSettingsAsync(unit, settings.UserId, ct);
            if (current is not null && current.ChangedAt >= settings.ChangedAt)
            {
                return; // An older event, arriving late: the newer settings stay.
            }

            await unit.ExecuteAsync(
                """
                INSERT INTO user_settings (user_id, is_private, who_can_message, who_can_comment, who_can_mention, changed_at)
                VALUES ($id, $private, $message, $comment, $mention, $at)
                ON CONFLICT (user_id) DO UPDATE SET is_private = excluded.is_private, who_can_message = excluded.who_can_message,
                    who_can_comment = excluded.who_can_comment, who_can_mention = excluded.who_can_mention, changed_at = excluded.changed_at
                """,
                ct,
                ("$id", settings.UserId.ToString()), ("$private", settings.IsPrivate), ("$message", settings.WhoCanMessage),
                ("$comment", settings.WhoCanComment), ("$mention", settings.WhoCanMention), ("$at", Time(settings.ChangedAt)));

            if (!settings.IsPrivate)
            {
                // Going public accepts every waiting request (a public account has none, so this is a no-op otherwise).
                var changes = new GraphChanges(timeProvider);
                foreach (var requester in await RequestersOfAsync(unit, settings.UserId, ct))
                {
                    await AcceptAsync(unit, changes, settings.UserId, requester, ct);
                }

                await WriteAsync(unit, changes, ct);
            }
        }, cancellationToken);

    public async Task<GraphUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT handle, created_at FROM users WHERE user_id = $id", ("$id", userId.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new GraphUser(userId, reader.GetString(0), ParseTime(reader.GetString(1)))
            : null;
    }

    public async Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadSettingsAsync(connection, userId, cancellationToken) ?? UserSettings.DefaultsFor(userId);
    }

    private static Task<UserSettings?> ReadSettingsAsync(SqliteUnitOfWork unit, Guid userId, CancellationToken cancellationToken) =>
        ReadSettingsAsync(unit.Connection, userId, cancellationToken, unit.Transaction);

    private static async Task<UserSettings?> ReadSettingsAsync(
        Microsoft.Data.Sqlite.SqliteConnection connection, Guid userId, CancellationToken cancellationToken, Microsoft.Data.Sqlite.SqliteTransaction? transaction = null)
    {
        await using var command = connection.Command(
            "SELECT is_private, who_can_message, who_can_comment, who_can_mention, changed_at FROM user_settings WHERE user_id = $id",
            ("$id", userId.ToString()));
        command.Transaction = transaction;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new UserSettings(userId, reader.GetBoolean(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ParseTime(reader.GetString(4)))
            : null;
    }

    /// <summary>Writes the transaction's events to the outbox; the caller commits.</summary>
    private static async Task WriteAsync(SqliteUnitOfWork unit, GraphChanges changes, CancellationToken cancellationToken)
    {
        foreach (var message in changes.Messages)
        {
            await unit.AddOutboxMessageAsync(message, cancellationToken);
        }
    }

    /// <summary>One write transaction: the work, its events, commit.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteUnitOfWork, GraphChanges, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var changes = new GraphChanges(timeProvider);
        var result = await work(unit, changes, cancellationToken);
        await WriteAsync(unit, changes, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return result;
    }

    private Guid NewEdgeId() => Guid.CreateVersion7(timeProvider.GetUtcNow());
}

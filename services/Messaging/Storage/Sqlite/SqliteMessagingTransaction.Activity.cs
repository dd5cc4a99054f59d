using Social.Messaging.Domain.Activity;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The activity inbox's statements in a SQLite write transaction.</summary>
public sealed partial class SqliteMessagingTransaction
{
    public async Task<ActivityActor?> ReadActivityActorAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"""
            SELECT {SqliteActivityRows.ActorColumns} FROM activity_causes
            WHERE recipient_id = $recipient AND type = $type AND object_id = $object AND actor_id = $actor
            """,
            SqliteActivityRows.KeyParameters(key));
        return (await command.ReadAllAsync(SqliteActivityRows.Actor, cancellationToken)).SingleOrDefault();
    }

    public Task WriteActivityActorAsync(ActivityActor actor, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            $"""
            INSERT OR REPLACE INTO activity_causes ({SqliteActivityRows.ActorColumns})
            VALUES ($recipient, $type, $object, $actor, $present, $changed, $group, $acted, $content, $comment)
            """,
            cancellationToken,
            SqliteActivityRows.ActorParameters(actor));

    public Task DeleteActivityActorAsync(ActivityKey key, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "DELETE FROM activity_causes WHERE recipient_id = $recipient AND type = $type AND object_id = $object AND actor_id = $actor",
            cancellationToken,
            SqliteActivityRows.KeyParameters(key));

    public async Task<IReadOnlyList<Guid>> NewestActivityActorsAsync(Guid recipientId, string groupKey, int limit, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            """
            SELECT actor_id FROM activity_causes
            WHERE recipient_id = $recipient AND group_key = $group AND present = 1
            ORDER BY acted_at DESC, actor_id DESC LIMIT $limit
            """,
            ("$recipient", recipientId.ToString()), ("$group", groupKey), ("$limit", limit));
        return await command.ReadAllAsync(reader => Guid.Parse(reader.GetString(0)), cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityActor>> ActivityActorsOnAsync(Guid objectId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"""
            SELECT {SqliteActivityRows.ActorColumns} FROM activity_causes WHERE content_id = $id
            UNION
            SELECT {SqliteActivityRows.ActorColumns} FROM activity_causes WHERE comment_id = $id
            """,
            ("$id", objectId.ToString()));
        return await command.ReadAllAsync(SqliteActivityRows.Actor, cancellationToken);
    }

    public async Task<IReadOnlyList<ActivityActor>> ActivityActorsByAsync(Guid actorId, Guid? recipientId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"SELECT {SqliteActivityRows.ActorColumns} FROM activity_causes WHERE actor_id = $actor {WhenAfter(recipientId, "AND recipient_id = $recipient")}",
            ("$actor", actorId.ToString()), ("$recipient", recipientId?.ToString()));
        return await command.ReadAllAsync(SqliteActivityRows.Actor, cancellationToken);
    }

    public async Task<ActivityEntry?> ReadActivityAsync(Guid recipientId, string groupKey, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"SELECT {SqliteActivityRows.EntryColumns} FROM activities WHERE recipient_id = $recipient AND group_key = $group",
            ("$recipient", recipientId.ToString()), ("$group", groupKey));
        return (await command.ReadAllAsync(SqliteActivityRows.Entry, cancellationToken)).SingleOrDefault();
    }

    public async Task<ActivityEntry?> ReadActivityByIdAsync(Guid recipientId, Guid activityId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"SELECT {SqliteActivityRows.EntryColumns} FROM activities WHERE recipient_id = $recipient AND activity_id = $id",
            ("$recipient", recipientId.ToString()), ("$id", activityId.ToString()));
        return (await command.ReadAllAsync(SqliteActivityRows.Entry, cancellationToken)).SingleOrDefault();
    }

    public Task WriteActivityAsync(ActivityEntry entry, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            $"""
            INSERT OR REPLACE INTO activities ({SqliteActivityRows.EntryColumns})
            VALUES ($recipient, $group, $id, $type, $position, $created, $count, $actors, $seen, $content, $comment, $story, $message)
            """,
            cancellationToken,
            SqliteActivityRows.EntryParameters(entry));

    public Task DeleteActivityAsync(Guid recipientId, string groupKey, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "DELETE FROM activities WHERE recipient_id = $recipient AND group_key = $group",
            cancellationToken,
            ("$recipient", recipientId.ToString()), ("$group", groupKey));

    public async Task<long> MarkActivitySeenAsync(Guid recipientId, Guid? upToPosition, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            $"UPDATE activities SET seen = 1 WHERE recipient_id = $recipient AND seen = 0 {WhenAfter(upToPosition, "AND position <= $position")}",
            cancellationToken,
            ("$recipient", recipientId.ToString()), ("$position", upToPosition?.ToString()));

    public async Task<Badges> AdjustBadgesAsync(Guid userId, long unreadMessages, long messageRequests, long unseenActivity, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            """
            INSERT INTO badges (user_id, unread_messages, message_requests, unseen_activity) VALUES ($user, $unread, $requests, $unseen)
            ON CONFLICT (user_id) DO UPDATE SET
                unread_messages = unread_messages + $unread, message_requests = message_requests + $requests, unseen_activity = unseen_activity + $unseen
            RETURNING unread_messages, message_requests, unseen_activity
            """,
            ("$user", userId.ToString()), ("$unread", unreadMessages), ("$requests", messageRequests), ("$unseen", unseenActivity));
        return (await command.ReadAllAsync(SqliteActivityRows.Badges, cancellationToken)).Single();
    }

    public async Task<Badges> ReadBadgesAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(SqliteActivityRows.BadgesSql, ("$user", userId.ToString()));
        return (await command.ReadAllAsync(SqliteActivityRows.Badges, cancellationToken)).SingleOrDefault() ?? new Badges(0, 0, 0);
    }

    public Task<bool> IsObjectRemovedAsync(Guid objectId, CancellationToken cancellationToken) =>
        Unit.ExistsAsync("SELECT 1 FROM activity_removed_objects WHERE object_id = $id", cancellationToken, ("$id", objectId.ToString()));

    public Task WriteRemovedObjectAsync(Guid objectId, DateTimeOffset removedAt, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO activity_removed_objects (object_id, removed_at) VALUES ($id, $at)",
            cancellationToken,
            ("$id", objectId.ToString()), ("$at", Time(removedAt)));

    public async Task<IReadOnlyList<ActivityActor>> ActivityActorsByAsync(Guid actorId, int limit, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"SELECT {SqliteActivityRows.ActorColumns} FROM activity_causes WHERE actor_id = $actor LIMIT $limit",
            ("$actor", actorId.ToString()), ("$limit", limit));
        return await command.ReadAllAsync(SqliteActivityRows.Actor, cancellationToken);
    }

    public async Task<int> DeleteActivityOfAsync(Guid recipientId, int max, CancellationToken cancellationToken)
    {
        var (user, count) = (("$user", (object?)recipientId.ToString()), ("$max", (object?)max));
        var entries = await Unit.ExecuteAsync(
            "DELETE FROM activities WHERE (recipient_id, group_key) IN (SELECT recipient_id, group_key FROM activities WHERE recipient_id = $user LIMIT $max)",
            cancellationToken,
            user, count);
        if (entries > 0)
        {
            return entries;
        }

        var causes = await Unit.ExecuteAsync(
            """
            DELETE FROM activity_causes WHERE (recipient_id, type, object_id, actor_id) IN (
                SELECT recipient_id, type, object_id, actor_id FROM activity_causes WHERE recipient_id = $user LIMIT $max)
            """,
            cancellationToken,
            user, count);
        if (causes > 0)
        {
            return causes;
        }

        await Unit.ExecuteAsync("DELETE FROM badges WHERE user_id = $user", cancellationToken, user);
        return 0;
    }

    public Task ScheduleActivityRemovalAsync(Guid userId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO activity_removals (user_id, scheduled_at) VALUES ($user, $at)",
            cancellationToken,
            ("$user", userId.ToString()), ("$at", Time(at)));

    public async Task<Guid?> NextActivityRemovalAsync(CancellationToken cancellationToken)
    {
        await using var command = Unit.Command("SELECT user_id FROM activity_removals ORDER BY scheduled_at, user_id LIMIT 1");
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? Guid.Parse(id) : null;
    }

    public Task CompleteActivityRemovalAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync("DELETE FROM activity_removals WHERE user_id = $user", cancellationToken, ("$user", userId.ToString()));
}

using Microsoft.Data.Sqlite;
using Social.Messaging.Domain.Activity;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The activity inbox's columns and rows on SQLite. A cause without an object is stored with an empty object id, so it has a key.</summary>
internal static class SqliteActivityRows
{
    public const string ActorColumns = "recipient_id, type, object_id, actor_id, present, changed_at, group_key, acted_at, content_id, comment_id";

    public const string EntryColumns =
        "recipient_id, group_key, activity_id, type, position, created_at, actor_count, actor_ids, seen, content_id, comment_id, story_id, message_id";

    public static string ObjectId(Guid? objectId) => objectId?.ToString() ?? string.Empty;

    public static (string Name, object? Value)[] KeyParameters(ActivityKey key) =>
        [("$recipient", key.RecipientId.ToString()), ("$type", key.Type), ("$object", ObjectId(key.ObjectId)), ("$actor", key.ActorId.ToString())];

    public static (string Name, object? Value)[] ActorParameters(ActivityActor actor) =>
    [
        .. KeyParameters(actor.Key), ("$present", actor.Present), ("$changed", Time(actor.ChangedAt)), ("$group", actor.GroupKey),
        ("$acted", Time(actor.ActedAt)), ("$content", actor.ContentId?.ToString()), ("$comment", actor.CommentId?.ToString()),
    ];

    public static (string Name, object? Value)[] EntryParameters(ActivityEntry entry) =>
    [
        ("$recipient", entry.RecipientId.ToString()), ("$group", entry.GroupKey), ("$id", entry.ActivityId.ToString()), ("$type", entry.Type),
        ("$position", entry.Position.ToString()), ("$created", Time(entry.CreatedAt)), ("$count", entry.ActorCount),
        ("$actors", string.Join(',', entry.Actors)), ("$seen", entry.Seen), ("$content", entry.ContentId?.ToString()),
        ("$comment", entry.CommentId?.ToString()), ("$story", entry.StoryId?.ToString()), ("$message", entry.MessageId?.ToString()),
    ];

    public static ActivityActor Actor(SqliteDataReader reader) => new(
        new ActivityKey(
            Guid.Parse(reader.GetString(0)),
            reader.GetString(1),
            reader.GetString(2) is { Length: > 0 } objectId ? Guid.Parse(objectId) : null,
            Guid.Parse(reader.GetString(3))),
        reader.GetBoolean(4),
        ParseTime(reader.GetString(5)),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        ParseTime(reader.GetString(7)),
        OptionalId(reader, 8),
        OptionalId(reader, 9));

    public static ActivityEntry Entry(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(0)),
        Guid.Parse(reader.GetString(2)),
        reader.GetString(1),
        reader.GetString(3),
        Guid.Parse(reader.GetString(4)),
        ParseTime(reader.GetString(5)),
        reader.GetInt64(6),
        [.. reader.GetString(7).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)],
        reader.GetBoolean(8),
        OptionalId(reader, 9),
        OptionalId(reader, 10),
        OptionalId(reader, 11),
        OptionalId(reader, 12));

    public const string BadgesSql = "SELECT unread_messages, message_requests, unseen_activity FROM badges WHERE user_id = $user";

    public static Badges Badges(SqliteDataReader reader) => new(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));

    private static Guid? OptionalId(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Guid.Parse(reader.GetString(ordinal));
}

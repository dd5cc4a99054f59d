using Microsoft.Data.Sqlite;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The columns Messaging's reads select, and how a row becomes a record.</summary>
internal static class SqliteMessagingRows
{
    public const string ConversationColumns =
        "c.conversation_id, c.is_group, c.title, c.created_by, c.created_at, c.last_seq, c.last_activity_at AS conversation_activity_at, c.pair_low, c.pair_high";

    public const string MemberColumns =
        "m.conversation_id, m.user_id, m.is_admin, m.folder, m.muted, m.read_seq, m.unread_count, m.last_activity_at, m.joined_at, m.locked";

    public const string MessageSql = """
        SELECT message_id, conversation_id, seq, sender_id, client_message_id, text, reply_to, story_id, content_id, created_at, edited_at, deleted
        FROM messages
        """;

    public static ConversationRecord Conversation(SqliteDataReader reader) => new(
        Id(reader, "conversation_id"),
        reader.GetBoolean(reader.GetOrdinal("is_group")),
        Text(reader, "title"),
        Id(reader, "created_by"),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))),
        reader.GetInt64(reader.GetOrdinal("last_seq")),
        ParseTime(reader.GetString(reader.GetOrdinal("conversation_activity_at"))),
        OptionalId(reader, "pair_low"),
        OptionalId(reader, "pair_high"));

    public static MemberRecord Member(SqliteDataReader reader) => new(
        Id(reader, "conversation_id"),
        Id(reader, "user_id"),
        reader.GetBoolean(reader.GetOrdinal("is_admin")),
        reader.GetString(reader.GetOrdinal("folder")),
        reader.GetBoolean(reader.GetOrdinal("muted")),
        reader.GetInt64(reader.GetOrdinal("read_seq")),
        reader.GetInt64(reader.GetOrdinal("unread_count")),
        ParseTime(reader.GetString(reader.GetOrdinal("last_activity_at"))),
        ParseTime(reader.GetString(reader.GetOrdinal("joined_at"))),
        reader.GetBoolean(reader.GetOrdinal("locked")));

    public static MessageRecord Message(SqliteDataReader reader) => new(
        Id(reader, "message_id"),
        Id(reader, "conversation_id"),
        reader.GetInt64(reader.GetOrdinal("seq")),
        Id(reader, "sender_id"),
        reader.GetString(reader.GetOrdinal("client_message_id")),
        Text(reader, "text"),
        OptionalId(reader, "reply_to"),
        OptionalId(reader, "story_id"),
        OptionalId(reader, "content_id"),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))),
        Text(reader, "edited_at") is { } edited ? ParseTime(edited) : null,
        reader.GetBoolean(reader.GetOrdinal("deleted")));

    public static (string Name, object? Value)[] MemberParameters(MemberRecord member) =>
    [
        ("$conversation", member.ConversationId.ToString()), ("$user", member.UserId.ToString()), ("$admin", member.IsAdmin),
        ("$folder", member.Folder), ("$muted", member.Muted), ("$read", member.ReadSeq), ("$unread", member.UnreadCount),
        ("$activity", Time(member.LastActivityAt)), ("$joined", Time(member.JoinedAt)), ("$locked", member.Locked),
    ];

    private static Guid Id(SqliteDataReader reader, string column) => Guid.Parse(reader.GetString(reader.GetOrdinal(column)));

    private static Guid? OptionalId(SqliteDataReader reader, string column) => Text(reader, column) is { } value ? Guid.Parse(value) : null;

    private static string? Text(SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}

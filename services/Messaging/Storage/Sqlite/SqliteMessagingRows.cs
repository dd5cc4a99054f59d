using Microsoft.Data.Sqlite;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>
/// The columns Messaging's reads select, and how a row becomes a record. A row is read by position, in the order each
/// list names its columns: asking the reader for a column by name makes it build a dictionary of every column's name
/// per query, which on the busiest reads (a member, a message, on every send and every delivery) cost more than the
/// row itself. A read that selects two lists passes where the second one starts.
/// </summary>
internal static class SqliteMessagingRows
{
    public const string ConversationColumns =
        "c.conversation_id, c.is_group, c.title, c.created_by, c.created_at, c.last_seq, c.last_activity_at AS conversation_activity_at, c.pair_low, c.pair_high";

    public const string MemberColumns =
        "m.conversation_id, m.user_id, m.is_admin, m.folder, m.muted, m.read_seq, m.unread_count, m.last_activity_at, m.joined_at, m.locked";

    /// <summary>How many columns <see cref="MemberColumns"/> names: where a list selected after it starts.</summary>
    public const int MemberColumnCount = 10;

    public const string MessageSql = """
        SELECT message_id, conversation_id, seq, sender_id, client_message_id, text, reply_to, story_id, content_id, created_at, edited_at, deleted
        FROM messages
        """;

    public static ConversationRecord Conversation(SqliteDataReader reader) => Conversation(reader, 0);

    public static ConversationRecord Conversation(SqliteDataReader reader, int first) => new(
        Id(reader, first),
        reader.GetBoolean(first + 1),
        Text(reader, first + 2),
        Id(reader, first + 3),
        ParseTime(reader.GetString(first + 4)),
        reader.GetInt64(first + 5),
        ParseTime(reader.GetString(first + 6)),
        OptionalId(reader, first + 7),
        OptionalId(reader, first + 8));

    public static MemberRecord Member(SqliteDataReader reader) => new(
        Id(reader, 0),
        Id(reader, 1),
        reader.GetBoolean(2),
        reader.GetString(3),
        reader.GetBoolean(4),
        reader.GetInt64(5),
        reader.GetInt64(6),
        ParseTime(reader.GetString(7)),
        ParseTime(reader.GetString(8)),
        reader.GetBoolean(9));

    public static MessageRecord Message(SqliteDataReader reader) => new(
        Id(reader, 0),
        Id(reader, 1),
        reader.GetInt64(2),
        Id(reader, 3),
        reader.GetString(4),
        Text(reader, 5),
        OptionalId(reader, 6),
        OptionalId(reader, 7),
        OptionalId(reader, 8),
        ParseTime(reader.GetString(9)),
        Text(reader, 10) is { } edited ? ParseTime(edited) : null,
        reader.GetBoolean(11));

    public static (string Name, object? Value)[] MemberParameters(MemberRecord member) =>
    [
        ("$conversation", member.ConversationId.ToString()), ("$user", member.UserId.ToString()), ("$admin", member.IsAdmin),
        ("$folder", member.Folder), ("$muted", member.Muted), ("$read", member.ReadSeq), ("$unread", member.UnreadCount),
        ("$activity", Time(member.LastActivityAt)), ("$joined", Time(member.JoinedAt)), ("$locked", member.Locked),
    ];

    private static Guid Id(SqliteDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    private static Guid? OptionalId(SqliteDataReader reader, int ordinal) => Text(reader, ordinal) is { } value ? Guid.Parse(value) : null;

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

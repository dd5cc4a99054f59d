using System.Text.Json;
using Microsoft.Data.Sqlite;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Mentions;
using Social.Engagement.Domain.Tags;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>The columns Engagement's reads select, and how a row becomes a record.</summary>
internal static class SqliteEngagementRows
{
    /// <summary>A content row with its like and comment counts (the sums of their shards).</summary>
    public const string ContentSql = """
        SELECT c.content_id, c.owner_id, c.media_url, c.caption, c.audience, c.comments_enabled, c.created_at, c.pinned_comment_id, c.mentions,
               (SELECT coalesce(sum(n.likes), 0) FROM like_counts n WHERE n.content_id = c.content_id) AS likes_count,
               (SELECT coalesce(sum(m.comments), 0) FROM comment_counts m WHERE m.content_id = c.content_id) AS comments_count
        FROM content c
        """;

    public const string CommentSql = """
        SELECT comment_id, content_id, owner_id, author_id, thread_id, text, mentions, created_at, edited_at, deleted, likes_count, reply_count
        FROM comments
        """;

    /// <summary>Each item's stored counts beside the count of its likes and of its comments not deleted.</summary>
    public const string CounterSql = """
        SELECT c.content_id,
               (SELECT coalesce(sum(n.likes), 0) FROM like_counts n WHERE n.content_id = c.content_id) AS stored_likes,
               (SELECT count(*) FROM likes l WHERE l.content_id = c.content_id) AS actual_likes,
               (SELECT coalesce(sum(m.comments), 0) FROM comment_counts m WHERE m.content_id = c.content_id) AS stored_comments,
               (SELECT count(*) FROM comments k WHERE k.content_id = c.content_id AND k.deleted = 0) AS actual_comments
        FROM content c
        """;

    /// <summary>
    /// Every owner's stored likes received beside the likes on their content, per shard: both sides grouped by
    /// (owner, shard), so a shard missing from either side is listed with 0 there.
    /// </summary>
    public const string LikesReceivedCounterSql = """
        SELECT owner_id, shard, sum(stored) AS stored_likes, sum(actual) AS actual_likes
        FROM (
            SELECT owner_id, shard, likes AS stored, 0 AS actual FROM likes_received
            UNION ALL
            SELECT owner_id, shard, 0, count(*) FROM likes GROUP BY owner_id, shard
        )
        GROUP BY owner_id, shard
        """;

    public static KeyValuePair<int, long> ShardLikes(SqliteDataReader reader) =>
        new(reader.GetInt32(reader.GetOrdinal("shard")), reader.GetInt64(reader.GetOrdinal("likes")));

    public static LikesReceivedCounter LikesReceivedCounter(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        reader.GetInt32(reader.GetOrdinal("shard")),
        reader.GetInt64(reader.GetOrdinal("stored_likes")),
        reader.GetInt64(reader.GetOrdinal("actual_likes")));

    public static ContentRecord Content(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        reader.GetString(reader.GetOrdinal("media_url")),
        reader.GetString(reader.GetOrdinal("caption")),
        reader.GetString(reader.GetOrdinal("audience")),
        reader.GetBoolean(reader.GetOrdinal("comments_enabled")),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))),
        OptionalId(reader, "pinned_comment_id"),
        Mentions(reader));

    public static ContentItem Item(SqliteDataReader reader) =>
        new(Content(reader), reader.GetInt64(reader.GetOrdinal("likes_count")), reader.GetInt64(reader.GetOrdinal("comments_count")));

    public static CommentRecord Comment(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("comment_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("author_id"))),
        OptionalId(reader, "thread_id"),
        reader.GetString(reader.GetOrdinal("text")),
        Mentions(reader),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))),
        reader.IsDBNull(reader.GetOrdinal("edited_at")) ? null : ParseTime(reader.GetString(reader.GetOrdinal("edited_at"))),
        reader.GetBoolean(reader.GetOrdinal("deleted")),
        reader.GetInt64(reader.GetOrdinal("likes_count")),
        reader.GetInt64(reader.GetOrdinal("reply_count")));

    public static string MentionsJson(IReadOnlyList<Mention>? mentions) => JsonSerializer.Serialize(mentions ?? [], JsonSerializerOptions.Web);

    public static TagRecord Tag(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("tag_id"))),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))));

    public static CommentEdit Edit(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("edit_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("comment_id"))),
        reader.GetString(reader.GetOrdinal("text")),
        ParseTime(reader.GetString(reader.GetOrdinal("replaced_at"))));

    public static Liker Liker(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
        reader.GetString(reader.GetOrdinal("handle")),
        Guid.Parse(reader.GetString(reader.GetOrdinal("like_id"))),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))));

    public static LikedItem Liked(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        reader.GetInt32(reader.GetOrdinal("shard")));

    public static ItemCounters Counter(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        reader.GetInt64(reader.GetOrdinal("stored_likes")),
        reader.GetInt64(reader.GetOrdinal("actual_likes")),
        reader.GetInt64(reader.GetOrdinal("stored_comments")),
        reader.GetInt64(reader.GetOrdinal("actual_comments")));

    private static List<Mention> Mentions(SqliteDataReader reader) =>
        JsonSerializer.Deserialize<List<Mention>>(reader.GetString(reader.GetOrdinal("mentions")), JsonSerializerOptions.Web) ?? [];

    private static Guid? OptionalId(SqliteDataReader reader, string column) =>
        reader.IsDBNull(reader.GetOrdinal(column)) ? null : Guid.Parse(reader.GetString(reader.GetOrdinal(column)));
}

using Microsoft.Data.Sqlite;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>The columns Engagement's reads select, and how a row becomes a record.</summary>
internal static class SqliteEngagementRows
{
    /// <summary>A content row with its like count (the sum of its shards).</summary>
    public const string ContentSql = """
        SELECT c.content_id, c.owner_id, c.media_url, c.caption, c.audience, c.comments_enabled, c.created_at,
               (SELECT coalesce(sum(n.likes), 0) FROM like_counts n WHERE n.content_id = c.content_id) AS likes_count
        FROM content c
        """;

    /// <summary>Each item's stored count beside the count of its likes.</summary>
    public const string CounterSql = """
        SELECT c.content_id,
               (SELECT coalesce(sum(n.likes), 0) FROM like_counts n WHERE n.content_id = c.content_id) AS stored,
               (SELECT count(*) FROM likes l WHERE l.content_id = c.content_id) AS actual
        FROM content c
        """;

    public static ContentRecord Content(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        reader.GetString(reader.GetOrdinal("media_url")),
        reader.GetString(reader.GetOrdinal("caption")),
        reader.GetString(reader.GetOrdinal("audience")),
        reader.GetBoolean(reader.GetOrdinal("comments_enabled")),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))));

    public static ContentItem Item(SqliteDataReader reader) => new(Content(reader), reader.GetInt64(reader.GetOrdinal("likes_count")));

    public static Liker Liker(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
        reader.GetString(reader.GetOrdinal("handle")),
        Guid.Parse(reader.GetString(reader.GetOrdinal("like_id"))),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))));

    public static LikedItem Liked(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        reader.GetInt32(reader.GetOrdinal("shard")));

    public static LikeCounterDrift Counter(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("content_id"))),
        reader.GetInt64(reader.GetOrdinal("stored")),
        reader.GetInt64(reader.GetOrdinal("actual")));
}

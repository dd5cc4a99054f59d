using System.Text.Json;
using Microsoft.Data.Sqlite;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Story.Storage.Sqlite;

/// <summary>Rows to records, by column name; id lists are stored as JSON arrays.</summary>
internal static class SqliteStoryRows
{
    public const string StorySql = "SELECT story_id, owner_id, media_url, caption, audience, hide_from, created_at, expires_at FROM stories";

    private static readonly string[] StoryColumns = ["story_id", "owner_id", "media_url", "caption", "audience", "hide_from", "created_at", "expires_at"];

    public const string ViewSql = "SELECT story_id, owner_id, viewer_id, view_id, seen_at, liked FROM story_views";

    public const string HighlightSql = "SELECT highlight_id, owner_id, title, story_ids, created_at FROM highlights";

    /// <summary>
    /// A reader of story rows for one query: the columns' ordinals are looked up by name on its first row and kept, since
    /// a tray reads a thousand rows and a lookup by name per column per row would cost more than the row itself.
    /// </summary>
    public static Func<SqliteDataReader, StoryRecord> Stories()
    {
        int[]? at = null;
        return reader =>
        {
            at ??= [.. StoryColumns.Select(reader.GetOrdinal)];
            return new StoryRecord(
                Guid.Parse(reader.GetString(at[0])),
                Guid.Parse(reader.GetString(at[1])),
                reader.GetString(at[2]),
                reader.GetString(at[3]),
                reader.GetString(at[4]),
                Ids(reader.GetString(at[5])),
                ParseTime(reader.GetString(at[6])),
                ParseTime(reader.GetString(at[7])));
        };
    }

    public const string TrayRowSql = "SELECT viewer_id, owner_id, reach, has_unseen, latest_at, expires_at FROM tray_rows";

    public const string TrayFanOutSql = "SELECT story_id, owner_id, cursor, scheduled_at FROM tray_fan_outs";

    public static TrayRow TrayRow(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(0)),
        Guid.Parse(reader.GetString(1)),
        (TrayReach)reader.GetInt32(2),
        reader.GetBoolean(3),
        ParseTime(reader.GetString(4)),
        ParseTime(reader.GetString(5)));

    public static PendingTrayFanOut TrayFanOut(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(0)),
        Guid.Parse(reader.GetString(1)),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        ParseTime(reader.GetString(3)));

    public static ViewRecord View(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("story_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("viewer_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("view_id"))),
        ParseTime(reader.GetString(reader.GetOrdinal("seen_at"))),
        reader.GetBoolean(reader.GetOrdinal("liked")));

    public static HighlightRecord Highlight(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("highlight_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        reader.GetString(reader.GetOrdinal("title")),
        Ids(reader.GetString(reader.GetOrdinal("story_ids"))),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))));

    public static string IdsJson(IReadOnlyList<Guid> ids) => JsonSerializer.Serialize(ids);

    // Most stories hide from nobody: a tray reads hundreds of them, so the empty list skips the parser.
    private static List<Guid> Ids(string json) => json == "[]" ? [] : JsonSerializer.Deserialize<List<Guid>>(json) ?? [];
}

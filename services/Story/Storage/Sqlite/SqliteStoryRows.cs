using System.Text.Json;
using Microsoft.Data.Sqlite;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Views;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Story.Storage.Sqlite;

/// <summary>Rows to records, by column name; id lists are stored as JSON arrays.</summary>
internal static class SqliteStoryRows
{
    public const string StorySql = "SELECT story_id, owner_id, media_url, caption, audience, hide_from, created_at, expires_at FROM stories";

    public const string ViewSql = "SELECT story_id, owner_id, viewer_id, view_id, seen_at, liked FROM story_views";

    public const string HighlightSql = "SELECT highlight_id, owner_id, title, story_ids, created_at FROM highlights";

    public static StoryRecord Story(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("story_id"))),
        Guid.Parse(reader.GetString(reader.GetOrdinal("owner_id"))),
        reader.GetString(reader.GetOrdinal("media_url")),
        reader.GetString(reader.GetOrdinal("caption")),
        reader.GetString(reader.GetOrdinal("audience")),
        Ids(reader.GetString(reader.GetOrdinal("hide_from"))),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))),
        ParseTime(reader.GetString(reader.GetOrdinal("expires_at"))));

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

using Social.KnownUsers.Sqlite;
using Social.Relationships.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Story.Storage.Sqlite;

/// <summary>
/// Story's tables. Live stories are one range of (owner, expires at): a tray asks for many owners' live stories by that
/// index, whatever the number of stories ever posted. A view is keyed by its pair (story, viewer), so seeing again and
/// the viewer's seen marks are point lookups (or, for a tray, one range of the viewer's views of the last day); a story's viewer list is one range of (story, view id), view ids being
/// UUIDv7 strings (time order). A reply is keyed by its message id, recorded once. A viewer's stored tray rows are one
/// range of (viewer, unseen, latest, owner), so a tray page costs what its rows do, whatever the viewer follows.
/// </summary>
public static class StorySchema
{
    private const string Scope = "story";

    /// <summary>Every step of the service's file: the known users' tables, its own, then the shared block replica and keys.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations =>
        [.. KnownUsersSchema.Migrations, .. Own, .. BlocksSchema.Migrations, .. IdempotencyKeysSchema.Migrations];

    private static readonly IReadOnlyList<SqliteMigration> Own =
    [
        new(Scope, 1, """
            CREATE TABLE stories (
                story_id   TEXT PRIMARY KEY,
                owner_id   TEXT NOT NULL,
                media_url  TEXT NOT NULL,
                caption    TEXT NOT NULL,
                audience   TEXT NOT NULL,
                hide_from  TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX stories_by_owner ON stories (owner_id, expires_at, story_id);

            CREATE TABLE story_views (
                story_id  TEXT NOT NULL,
                viewer_id TEXT NOT NULL,
                owner_id  TEXT NOT NULL,
                view_id   TEXT NOT NULL,
                seen_at   TEXT NOT NULL,
                liked     INTEGER NOT NULL,
                PRIMARY KEY (story_id, viewer_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX story_views_by_story ON story_views (story_id, view_id);
            CREATE INDEX story_views_by_viewer ON story_views (viewer_id, owner_id);
            CREATE INDEX story_views_by_viewer_time ON story_views (viewer_id, seen_at);

            CREATE TABLE story_replies (
                message_id      TEXT PRIMARY KEY,
                story_id        TEXT NOT NULL,
                owner_id        TEXT NOT NULL,
                replier_id      TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                replied_at      TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX story_replies_by_owner ON story_replies (owner_id);
            CREATE INDEX story_replies_by_replier ON story_replies (replier_id);

            CREATE TABLE highlights (
                highlight_id TEXT PRIMARY KEY,
                owner_id     TEXT NOT NULL,
                title        TEXT NOT NULL,
                story_ids    TEXT NOT NULL,
                created_at   TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX highlights_by_owner ON highlights (owner_id, highlight_id);
            """),
        // The stored tray: a viewer's rows in the tray's order (a page is one range, read backwards), by owner for an
        // account's deletion; fan-outs in the order they were scheduled; live broadcasts by expiry.
        new(Scope, 2, """
            CREATE TABLE tray_rows (
                viewer_id  TEXT NOT NULL,
                owner_id   TEXT NOT NULL,
                reach      INTEGER NOT NULL,
                has_unseen INTEGER NOT NULL,
                latest_at  TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                PRIMARY KEY (viewer_id, owner_id, reach)
            ) WITHOUT ROWID;
            CREATE INDEX tray_rows_in_order ON tray_rows (viewer_id, has_unseen, latest_at, owner_id);
            CREATE INDEX tray_rows_by_owner ON tray_rows (owner_id);

            CREATE TABLE tray_fan_outs (
                story_id     TEXT PRIMARY KEY,
                owner_id     TEXT NOT NULL,
                cursor       TEXT,
                scheduled_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX tray_fan_outs_in_order ON tray_fan_outs (scheduled_at, story_id);
            CREATE INDEX tray_fan_outs_by_owner ON tray_fan_outs (owner_id);

            CREATE TABLE tray_broadcasts (
                story_id   TEXT PRIMARY KEY,
                owner_id   TEXT NOT NULL,
                expires_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX tray_broadcasts_live ON tray_broadcasts (expires_at, owner_id);
            CREATE INDEX tray_broadcasts_by_owner ON tray_broadcasts (owner_id);
            """),
    ];
}

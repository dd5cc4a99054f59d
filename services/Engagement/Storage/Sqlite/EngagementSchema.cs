using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>
/// Engagement's tables. Likes are keyed by their pair (content, user): a like is a point write, idempotent by
/// nature; likers pages are one range of (content, like id), like ids being UUIDv7 strings (time order). A like count
/// lives in shards (content, shard) summed on read, so concurrent likers of one item do not update one row. Block
/// states replicate Graph's blocks; idempotency keys are per owner.
/// </summary>
public static class EngagementSchema
{
    private const string Scope = "engagement";

    /// <summary>Every step of the service's file: the known users' tables, then its own.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations => [.. KnownUsersSchema.Migrations, .. Own];

    private static readonly IReadOnlyList<SqliteMigration> Own =
    [
        new(Scope, 1, """
            CREATE TABLE content (
                content_id       TEXT PRIMARY KEY,
                owner_id         TEXT NOT NULL,
                media_url        TEXT NOT NULL,
                caption          TEXT NOT NULL,
                audience         TEXT NOT NULL,
                comments_enabled INTEGER NOT NULL,
                created_at       TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX content_by_owner ON content (owner_id, created_at, content_id);

            CREATE TABLE like_counts (
                content_id TEXT NOT NULL,
                shard      INTEGER NOT NULL,
                likes      INTEGER NOT NULL,
                PRIMARY KEY (content_id, shard)
            ) WITHOUT ROWID;

            CREATE TABLE likes (
                content_id TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                like_id    TEXT NOT NULL,
                owner_id   TEXT NOT NULL,
                shard      INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (content_id, user_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX likes_by_content ON likes (content_id, like_id);
            CREATE INDEX likes_by_user ON likes (user_id, owner_id);

            CREATE TABLE blocks (
                blocker_id TEXT NOT NULL,
                blocked_id TEXT NOT NULL,
                blocked    INTEGER NOT NULL,
                changed_at TEXT NOT NULL,
                PRIMARY KEY (blocker_id, blocked_id)
            ) WITHOUT ROWID;
            CREATE INDEX blocks_by_blocked ON blocks (blocked_id);

            CREATE TABLE idempotency_keys (
                owner_id    TEXT NOT NULL,
                key         TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                result_id   TEXT NOT NULL,
                created_at  TEXT NOT NULL,
                PRIMARY KEY (owner_id, key)
            ) WITHOUT ROWID;
            """),
    ];
}

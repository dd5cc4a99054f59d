using Social.KnownUsers.Sqlite;
using Social.Relationships.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>
/// Engagement's tables. Likes are keyed by their pair (content, user): a like is a point write, idempotent by
/// nature; likers pages are one range of (content, like id), like ids being UUIDv7 strings (time order). A like count
/// lives in shards (content, shard) summed on read, so concurrent likers of one item do not update one row. Block
/// states replicate Graph's blocks; idempotency keys are per owner. Comments and tags come in later steps.
/// </summary>
public static class EngagementSchema
{
    private const string Scope = "engagement";

    /// <summary>Every step of the service's file: the known users' tables, then its own.</summary>
    // Steps run in scope-name order, so a shared scope may come before or after the service's own: the tables the
    // service's first step made before they were shared (blocks, idempotency keys) are IF NOT EXISTS on both sides.
    public static IReadOnlyList<SqliteMigration> Migrations =>
        [.. KnownUsersSchema.Migrations, .. Own, .. BlocksSchema.Migrations, .. IdempotencyKeysSchema.Migrations];

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

            -- IF NOT EXISTS: the shared block replica (BlocksSchema) makes the same table, possibly first.
            CREATE TABLE IF NOT EXISTS blocks (
                blocker_id TEXT NOT NULL,
                blocked_id TEXT NOT NULL,
                blocked    INTEGER NOT NULL,
                changed_at TEXT NOT NULL,
                PRIMARY KEY (blocker_id, blocked_id)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS blocks_by_blocked ON blocks (blocked_id);

            -- IF NOT EXISTS: the shared IdempotencyKeysSchema makes the same table, possibly first.
            CREATE TABLE IF NOT EXISTS idempotency_keys (
                owner_id    TEXT NOT NULL,
                key         TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                result_id   TEXT NOT NULL,
                created_at  TEXT NOT NULL,
                PRIMARY KEY (owner_id, key)
            ) WITHOUT ROWID;
            """),
        // Comments: top-level pages are one range of (content, thread null, id), replies one range of (thread, id);
        // (author, owner) finds someone's comments on someone's content for blocks and deletions.
        new(Scope, 2, """
            ALTER TABLE content ADD COLUMN pinned_comment_id TEXT;

            CREATE TABLE comment_counts (
                content_id TEXT NOT NULL,
                shard      INTEGER NOT NULL,
                comments   INTEGER NOT NULL,
                PRIMARY KEY (content_id, shard)
            ) WITHOUT ROWID;

            CREATE TABLE comments (
                comment_id  TEXT PRIMARY KEY,
                content_id  TEXT NOT NULL,
                owner_id    TEXT NOT NULL,
                author_id   TEXT NOT NULL,
                thread_id   TEXT,
                text        TEXT NOT NULL,
                mentions    TEXT NOT NULL,
                created_at  TEXT NOT NULL,
                edited_at   TEXT,
                deleted     INTEGER NOT NULL DEFAULT 0,
                likes_count INTEGER NOT NULL DEFAULT 0,
                reply_count INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            CREATE INDEX comments_by_content ON comments (content_id, thread_id, comment_id);
            CREATE INDEX comments_by_thread ON comments (thread_id, comment_id);
            CREATE INDEX comments_by_author ON comments (author_id, owner_id);

            CREATE TABLE comment_edits (
                edit_id     TEXT PRIMARY KEY,
                comment_id  TEXT NOT NULL,
                text        TEXT NOT NULL,
                replaced_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX comment_edits_by_comment ON comment_edits (comment_id, edit_id);

            CREATE TABLE comment_likes (
                comment_id TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (comment_id, user_id)
            ) WITHOUT ROWID;
            CREATE INDEX comment_likes_by_user ON comment_likes (user_id);
            """),
        // Tags: one per (content, user); a user's "tagged" list is one range of (user, tag id), a block finds the
        // pair's tags by (owner, user). A caption's mentions are kept with the item, as a comment's are.
        new(Scope, 3, """
            ALTER TABLE content ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';

            CREATE TABLE tags (
                content_id TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                owner_id   TEXT NOT NULL,
                tag_id     TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (content_id, user_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX tags_by_user ON tags (user_id, tag_id);
            CREATE INDEX tags_by_owner ON tags (owner_id, user_id);
            """),
        // The likes received on an owner's content, in the shards of the likers (as an item's like count): a version per
        // shard, raised by every change, lets Profile keep the newest total. Existing likes are counted in at version 0.
        new(Scope, 4, """
            CREATE TABLE likes_received (
                owner_id TEXT NOT NULL,
                shard    INTEGER NOT NULL,
                likes    INTEGER NOT NULL,
                version  INTEGER NOT NULL,
                PRIMARY KEY (owner_id, shard)
            ) WITHOUT ROWID;
            INSERT INTO likes_received (owner_id, shard, likes, version)
            SELECT owner_id, shard, count(*), 0 FROM likes GROUP BY owner_id, shard;
            """),
    ];
}

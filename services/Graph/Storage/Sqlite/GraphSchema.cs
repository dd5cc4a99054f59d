using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Graph.Storage.Sqlite;

/// <summary>
/// Graph's tables. Every edge table has its pair as primary key (point lookups for checks and idempotent writes) and a
/// unique index on (owner, edge id) for lists: edge ids are UUIDv7 strings, so that index is also time order and a page
/// is one index range, whatever the list's length. Counts have a row of their own per user and shard (the user rows
/// belong to the known-users component, <c>KnownUsersSchema</c>).
/// </summary>
public static class GraphSchema
{
    private const string Scope = "graph";

    /// <summary>Every step of the service's file: the known users' tables, then its own.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations => [.. KnownUsersSchema.Migrations, .. Own];

    private static readonly IReadOnlyList<SqliteMigration> Own =
    [
        new(Scope, 1, """
            CREATE TABLE users (
                user_id    TEXT PRIMARY KEY,
                handle     TEXT NOT NULL,
                created_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        new(Scope, 2, """
            CREATE TABLE deleted_users (
                user_id    TEXT PRIMARY KEY,
                deleted_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        new(Scope, 3, """
            ALTER TABLE users ADD COLUMN followers_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE users ADD COLUMN following_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE users ADD COLUMN counts_version INTEGER NOT NULL DEFAULT 0;

            CREATE TABLE user_settings (
                user_id         TEXT PRIMARY KEY,
                is_private      INTEGER NOT NULL,
                who_can_message TEXT NOT NULL,
                who_can_comment TEXT NOT NULL,
                who_can_mention TEXT NOT NULL,
                changed_at      TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE follows (
                follower_id TEXT NOT NULL,
                followee_id TEXT NOT NULL,
                edge_id     TEXT NOT NULL,
                created_at  TEXT NOT NULL,
                PRIMARY KEY (follower_id, followee_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX follows_by_followee ON follows (followee_id, edge_id);
            CREATE UNIQUE INDEX follows_by_follower ON follows (follower_id, edge_id);

            CREATE TABLE follow_requests (
                requester_id TEXT NOT NULL,
                target_id    TEXT NOT NULL,
                edge_id      TEXT NOT NULL,
                created_at   TEXT NOT NULL,
                PRIMARY KEY (requester_id, target_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX follow_requests_by_target ON follow_requests (target_id, edge_id);

            CREATE TABLE blocks (
                blocker_id TEXT NOT NULL,
                blocked_id TEXT NOT NULL,
                edge_id    TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (blocker_id, blocked_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX blocks_by_blocker ON blocks (blocker_id, edge_id);
            CREATE INDEX blocks_by_blocked ON blocks (blocked_id);

            CREATE TABLE mutes (
                muter_id   TEXT NOT NULL,
                muted_id   TEXT NOT NULL,
                edge_id    TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT,
                PRIMARY KEY (muter_id, muted_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX mutes_by_muter ON mutes (muter_id, edge_id);
            CREATE INDEX mutes_by_muted ON mutes (muted_id);

            CREATE TABLE close_friends (
                owner_id   TEXT NOT NULL,
                friend_id  TEXT NOT NULL,
                edge_id    TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (owner_id, friend_id)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX close_friends_by_owner ON close_friends (owner_id, edge_id);
            CREATE INDEX close_friends_by_friend ON close_friends (friend_id);
            """),
        // Counts move off the user row (the columns stay, unused: SQLite rewrites a table to drop one).
        new(Scope, 4, """
            CREATE TABLE follow_counts (
                user_id   TEXT PRIMARY KEY,
                followers INTEGER NOT NULL,
                following INTEGER NOT NULL,
                version   INTEGER NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO follow_counts (user_id, followers, following, version)
            SELECT user_id, followers_count, following_count, counts_version FROM users
            WHERE followers_count <> 0 OR following_count <> 0 OR counts_version <> 0;
            """),
        // Fan-outs still to carry out (a deleted account's edges, an account gone public's requests), each its own
        // progress marker; the scheduled time keeps them in order.
        new(Scope, 5, """
            CREATE TABLE fan_outs (
                user_id      TEXT NOT NULL,
                kind         INTEGER NOT NULL,
                scheduled_at TEXT NOT NULL,
                PRIMARY KEY (user_id, kind)
            ) WITHOUT ROWID;
            CREATE INDEX fan_outs_in_order ON fan_outs (scheduled_at, user_id);
            """),
        // Counts in shards (FollowCountShards): a user's rows are one primary-key range. Each user's one row becomes
        // their shard 0 with its version, which is how consumers read the FollowCountsChanged events it published.
        new(Scope, 6, """
            CREATE TABLE follow_count_shards (
                user_id   TEXT NOT NULL,
                shard     INTEGER NOT NULL,
                followers INTEGER NOT NULL,
                following INTEGER NOT NULL,
                version   INTEGER NOT NULL,
                PRIMARY KEY (user_id, shard)
            ) WITHOUT ROWID;
            INSERT INTO follow_count_shards (user_id, shard, followers, following, version)
            SELECT user_id, 0, followers, following, version FROM follow_counts;
            DROP TABLE follow_counts;
            ALTER TABLE follow_count_shards RENAME TO follow_counts;
            """),
    ];
}

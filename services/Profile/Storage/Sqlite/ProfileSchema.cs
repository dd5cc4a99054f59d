using Social.Storage.Sqlite;

namespace Social.Profile.Storage.Sqlite;

public static class ProfileSchema
{
    private const string Scope = "profile";

    public static readonly IReadOnlyList<SqliteMigration> Migrations =
    [
        new(Scope, 1, """
            CREATE TABLE accounts (
                user_id       TEXT PRIMARY KEY,
                handle        TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                created_at    TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE profiles (
                user_id         TEXT PRIMARY KEY REFERENCES accounts (user_id),
                handle          TEXT NOT NULL UNIQUE,
                display_name    TEXT NOT NULL,
                bio             TEXT NOT NULL DEFAULT '',
                avatar_url      TEXT,
                links           TEXT NOT NULL DEFAULT '[]',
                pronouns        TEXT NOT NULL DEFAULT '',
                is_private      INTEGER NOT NULL DEFAULT 0,
                followers_count INTEGER NOT NULL DEFAULT 0,
                following_count INTEGER NOT NULL DEFAULT 0,
                likes_count     INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            """),
        new(Scope, 2, """
            CREATE TABLE idempotency_keys (
                key          TEXT PRIMARY KEY,
                fingerprint  TEXT NOT NULL,
                user_id      TEXT NOT NULL,
                handle       TEXT NOT NULL,
                created_at   TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        new(Scope, 3, """
            ALTER TABLE profiles ADD COLUMN who_can_message TEXT NOT NULL DEFAULT 'everyone';
            ALTER TABLE profiles ADD COLUMN who_can_comment TEXT NOT NULL DEFAULT 'everyone';
            ALTER TABLE profiles ADD COLUMN who_can_mention TEXT NOT NULL DEFAULT 'everyone';
            ALTER TABLE profiles ADD COLUMN read_receipts INTEGER NOT NULL DEFAULT 1;
            """),
        // Prefix search by display name reads this expression index; handles have their unique index already.
        new(Scope, 4, "CREATE INDEX profiles_display_name ON profiles (lower(display_name));"),
        new(Scope, 5, """
            CREATE TABLE handle_quarantine (
                handle      TEXT PRIMARY KEY,
                released_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        // The version of the follow counts last applied from Graph: older or repeated FollowCountsChanged events lose.
        new(Scope, 6, "ALTER TABLE profiles ADD COLUMN follow_counts_version INTEGER NOT NULL DEFAULT 0;"),
        new(Scope, 7, "ALTER TABLE profiles ADD COLUMN who_can_tag TEXT NOT NULL DEFAULT 'everyone';"),
        // Likes received, shard by shard at Engagement's versions; likes_count is their sum. The count summed from the
        // older delta events cannot be split into shards, so it starts again from what Engagement announces (its
        // ReconcileCounters with announce_likes_received announces every shard).
        new(Scope, 8, """
            CREATE TABLE likes_received (
                user_id TEXT NOT NULL,
                shard   INTEGER NOT NULL,
                likes   INTEGER NOT NULL,
                version INTEGER NOT NULL,
                PRIMARY KEY (user_id, shard)
            ) WITHOUT ROWID;
            UPDATE profiles SET likes_count = 0;
            """),
        // Follow counts, shard by shard at Graph's versions; followers_count and following_count are their sums. The
        // totals stored so far become shard 0 at their version (follow_counts_version, unused from here on), as Graph's
        // one counter became its shard 0: the two go on from the same versions (FollowCountsShardChanged.FormerTotalShard).
        new(Scope, 9, """
            CREATE TABLE follow_counts (
                user_id   TEXT NOT NULL,
                shard     INTEGER NOT NULL,
                followers INTEGER NOT NULL,
                following INTEGER NOT NULL,
                version   INTEGER NOT NULL,
                PRIMARY KEY (user_id, shard)
            ) WITHOUT ROWID;
            INSERT INTO follow_counts (user_id, shard, followers, following, version)
            SELECT user_id, 0, followers_count, following_count, follow_counts_version FROM profiles
            WHERE followers_count <> 0 OR following_count <> 0 OR follow_counts_version <> 0;
            """),
    ];
}

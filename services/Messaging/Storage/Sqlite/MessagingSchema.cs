using Social.KnownUsers.Sqlite;
using Social.Relationships.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>Messaging's own tables (the known users' tables come from <c>KnownUsersSchema</c>).</summary>
public static class MessagingSchema
{
    private const string Scope = "messaging";

    /// <summary>Every step of the service's file: the known users' tables, then its own.</summary>
    // Steps run in scope-name order, so a shared scope may come before or after the service's own: the tables the
    // service's first step made before they were shared (blocks, idempotency keys) are IF NOT EXISTS on both sides.
    public static IReadOnlyList<SqliteMigration> Migrations =>
        [.. KnownUsersSchema.Migrations, .. Own, .. BlocksSchema.Migrations, .. IdempotencyKeysSchema.Migrations];

    private static readonly IReadOnlyList<SqliteMigration> Own =
    [
        new(Scope, 1, """
            CREATE TABLE participants (
                user_id   TEXT PRIMARY KEY,
                handle    TEXT NOT NULL,
                joined_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        // IF NOT EXISTS since the known-users component (applied first) creates the same table in a new file.
        new(Scope, 2, """
            CREATE TABLE IF NOT EXISTS deleted_users (
                user_id    TEXT PRIMARY KEY,
                deleted_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        // Participants become the known users.
        new(Scope, 3, """
            INSERT OR IGNORE INTO users (user_id, handle, created_at) SELECT user_id, handle, joined_at FROM participants;
            DROP TABLE participants;
            """),
        // Conversations. A member's list is one range of members_by_activity (their own rows, newest activity first,
        // locked 1:1s left out by the key); a conversation's messages one range of its (conversation, seq) key; a
        // pair's 1:1 is unique in direct_pairs; a retried send finds its message by (conversation, sender, client id).
        new(Scope, 4, """
            CREATE TABLE conversations (
                conversation_id  TEXT PRIMARY KEY,
                is_group         INTEGER NOT NULL,
                title            TEXT,
                created_by       TEXT NOT NULL,
                created_at       TEXT NOT NULL,
                last_seq         INTEGER NOT NULL,
                last_activity_at TEXT NOT NULL,
                pair_low         TEXT,
                pair_high        TEXT
            ) WITHOUT ROWID;

            CREATE TABLE direct_pairs (
                pair_low        TEXT NOT NULL,
                pair_high       TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                PRIMARY KEY (pair_low, pair_high)
            ) WITHOUT ROWID;

            CREATE TABLE members (
                conversation_id  TEXT NOT NULL,
                user_id          TEXT NOT NULL,
                is_admin         INTEGER NOT NULL,
                folder           TEXT NOT NULL,
                muted            INTEGER NOT NULL,
                read_seq         INTEGER NOT NULL,
                unread_count     INTEGER NOT NULL,
                last_activity_at TEXT NOT NULL,
                joined_at        TEXT NOT NULL,
                locked           INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, user_id)
            ) WITHOUT ROWID;
            CREATE INDEX members_by_activity ON members (user_id, folder, locked, last_activity_at, conversation_id);

            CREATE TABLE messages (
                conversation_id   TEXT NOT NULL,
                seq               INTEGER NOT NULL,
                message_id        TEXT NOT NULL,
                sender_id         TEXT NOT NULL,
                client_message_id TEXT NOT NULL,
                text              TEXT,
                reply_to          TEXT,
                story_id          TEXT,
                content_id        TEXT,
                created_at        TEXT NOT NULL,
                edited_at         TEXT,
                deleted           INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, seq)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX messages_by_id ON messages (message_id);
            CREATE UNIQUE INDEX messages_by_client_id ON messages (conversation_id, sender_id, client_message_id);
            CREATE INDEX messages_by_sender ON messages (sender_id);

            CREATE TABLE message_edits (
                edit_id     TEXT PRIMARY KEY,
                message_id  TEXT NOT NULL,
                text        TEXT NOT NULL,
                replaced_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX message_edits_by_message ON message_edits (message_id, edit_id);

            CREATE TABLE reactions (
                message_id      TEXT NOT NULL,
                emoji           TEXT NOT NULL,
                user_id         TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                reacted_at      TEXT NOT NULL,
                PRIMARY KEY (message_id, emoji, user_id)
            ) WITHOUT ROWID;
            CREATE INDEX reactions_by_user ON reactions (user_id);

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
        // Live streams. A user's entries are one range of (user, position) from their last delivered position; the head
        // holds the last position given, so the next is one more even after old entries are purged (by the time index,
        // a batch at a time). Tickets are stored by hash and deleted when used or expired.
        new(Scope, 5, """
            CREATE TABLE stream_heads (
                user_id  TEXT PRIMARY KEY,
                position INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE stream_entries (
                user_id         TEXT NOT NULL,
                position        INTEGER NOT NULL,
                type            TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                message_id      TEXT,
                seq             INTEGER,
                subject_id      TEXT,
                emoji           TEXT,
                change          TEXT,
                created_at      TEXT NOT NULL,
                PRIMARY KEY (user_id, position)
            ) WITHOUT ROWID;
            CREATE INDEX stream_entries_by_time ON stream_entries (created_at);

            CREATE TABLE stream_tickets (
                ticket_hash TEXT PRIMARY KEY,
                user_id     TEXT NOT NULL,
                expires_at  TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX stream_tickets_by_expiry ON stream_tickets (expires_at);
            CREATE INDEX stream_tickets_by_user ON stream_tickets (user_id);
            """),
        // The activity inbox. A cause's newest state is one row of activity_causes (present: the actor is in an entry;
        // not: a retraction marker, purged by time); an entry's newest actors are one range of its group, and what a
        // block, a deletion or a removed item takes away is found by actor or by object. A recipient's inbox is one
        // range of (recipient, position). A user's badge numbers are one row, changed in the transaction of each change.
        // A badges stream entry carries its numbers.
        new(Scope, 6, """
            CREATE TABLE activity_causes (
                recipient_id TEXT NOT NULL,
                type         TEXT NOT NULL,
                object_id    TEXT NOT NULL,
                actor_id     TEXT NOT NULL,
                present      INTEGER NOT NULL,
                changed_at   TEXT NOT NULL,
                group_key    TEXT,
                acted_at     TEXT NOT NULL,
                content_id   TEXT,
                comment_id   TEXT,
                PRIMARY KEY (recipient_id, type, object_id, actor_id)
            ) WITHOUT ROWID;
            CREATE INDEX activity_causes_by_group ON activity_causes (recipient_id, group_key, present, acted_at);
            CREATE INDEX activity_causes_by_actor ON activity_causes (actor_id, recipient_id);
            CREATE INDEX activity_causes_by_content ON activity_causes (content_id) WHERE content_id IS NOT NULL;
            CREATE INDEX activity_causes_by_comment ON activity_causes (comment_id) WHERE comment_id IS NOT NULL;
            CREATE INDEX activity_markers_by_time ON activity_causes (changed_at) WHERE present = 0;

            CREATE TABLE activities (
                recipient_id TEXT NOT NULL,
                group_key    TEXT NOT NULL,
                activity_id  TEXT NOT NULL,
                type         TEXT NOT NULL,
                position     TEXT NOT NULL,
                created_at   TEXT NOT NULL,
                actor_count  INTEGER NOT NULL,
                actor_ids    TEXT NOT NULL,
                seen         INTEGER NOT NULL,
                content_id   TEXT,
                comment_id   TEXT,
                story_id     TEXT,
                message_id   TEXT,
                PRIMARY KEY (recipient_id, group_key)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX activities_by_position ON activities (recipient_id, position);
            CREATE UNIQUE INDEX activities_by_id ON activities (recipient_id, activity_id);
            CREATE INDEX activities_unseen ON activities (recipient_id, seen, position);

            CREATE TABLE activity_removed_objects (
                object_id  TEXT PRIMARY KEY,
                removed_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX activity_removed_objects_by_time ON activity_removed_objects (removed_at);

            CREATE TABLE badges (
                user_id          TEXT PRIMARY KEY,
                unread_messages  INTEGER NOT NULL,
                message_requests INTEGER NOT NULL,
                unseen_activity  INTEGER NOT NULL
            ) WITHOUT ROWID;
            -- From now on every member row written moves these numbers (MemberWrites); this starts them from the rows
            -- there are, counted as BadgeRules counts them.
            INSERT INTO badges (user_id, unread_messages, message_requests, unseen_activity)
            SELECT user_id,
                   sum(CASE WHEN locked = 0 AND folder = 'inbox' AND muted = 0 THEN unread_count ELSE 0 END),
                   sum(CASE WHEN locked = 0 AND folder = 'requests' THEN 1 ELSE 0 END),
                   0
            FROM members GROUP BY user_id;

            ALTER TABLE stream_entries ADD COLUMN unread_messages INTEGER;
            ALTER TABLE stream_entries ADD COLUMN message_requests INTEGER;
            ALTER TABLE stream_entries ADD COLUMN unseen_activity INTEGER;
            """),
        // A deleted account's activity goes in batches after the deletion; this row, written with it, marks what is left.
        new(Scope, 7, """
            CREATE TABLE activity_removals (
                user_id      TEXT PRIMARY KEY,
                scheduled_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX activity_removals_by_time ON activity_removals (scheduled_at);
            """),
    ];
}

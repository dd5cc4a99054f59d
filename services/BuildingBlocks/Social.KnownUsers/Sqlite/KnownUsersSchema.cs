using Social.Storage.Sqlite;

namespace Social.KnownUsers.Sqlite;

/// <summary>
/// The known users' tables in a service's SQLite file. <c>IF NOT EXISTS</c>: services that kept these tables
/// before the component existed (Graph, Messaging) already have them with the same columns.
/// </summary>
public static class KnownUsersSchema
{
    private const string Scope = "known_users";

    public static readonly IReadOnlyList<SqliteMigration> Migrations =
    [
        new(Scope, 1, """
            CREATE TABLE IF NOT EXISTS users (
                user_id    TEXT PRIMARY KEY,
                handle     TEXT NOT NULL,
                created_at TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS deleted_users (
                user_id    TEXT PRIMARY KEY,
                deleted_at TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE IF NOT EXISTS user_settings (
                user_id         TEXT PRIMARY KEY,
                is_private      INTEGER NOT NULL,
                who_can_message TEXT NOT NULL,
                who_can_comment TEXT NOT NULL,
                who_can_mention TEXT NOT NULL,
                changed_at      TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        new(Scope, 2, "ALTER TABLE user_settings ADD COLUMN read_receipts INTEGER NOT NULL DEFAULT 1;"),
        // Mentions name users by handle.
        new(Scope, 3, "CREATE INDEX IF NOT EXISTS users_by_handle ON users (handle);"),
        new(Scope, 4, "ALTER TABLE user_settings ADD COLUMN who_can_tag TEXT NOT NULL DEFAULT 'everyone';"),
    ];
}

using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>Messaging's own tables (the known users' tables come from <c>KnownUsersSchema</c>).</summary>
public static class MessagingSchema
{
    private const string Scope = "messaging";

    /// <summary>Every step of the service's file: the known users' tables, then its own.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations => [.. KnownUsersSchema.Migrations, .. Own];

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
    ];
}

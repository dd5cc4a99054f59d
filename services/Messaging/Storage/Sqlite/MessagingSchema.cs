using Social.Storage.Sqlite;

namespace Social.Messaging.Storage.Sqlite;

public static class MessagingSchema
{
    private const string Scope = "messaging";

    public static readonly IReadOnlyList<SqliteMigration> Migrations =
    [
        new(Scope, 1, """
            CREATE TABLE participants (
                user_id   TEXT PRIMARY KEY,
                handle    TEXT NOT NULL,
                joined_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
        new(Scope, 2, """
            CREATE TABLE deleted_users (
                user_id    TEXT PRIMARY KEY,
                deleted_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """),
    ];
}

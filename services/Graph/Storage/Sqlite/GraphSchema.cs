using Social.ServiceDefaults.Storage.Sqlite;

namespace Social.Graph.Storage.Sqlite;

public static class GraphSchema
{
    private const string Scope = "graph";

    public static readonly IReadOnlyList<SqliteMigration> Migrations =
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
    ];
}

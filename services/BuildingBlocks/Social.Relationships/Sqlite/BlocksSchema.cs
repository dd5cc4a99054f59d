using Social.Storage.Sqlite;

namespace Social.Relationships.Sqlite;

/// <summary>
/// The block replica's table in a service's SQLite file. Engagement and Messaging created the same table in their first
/// step before it was shared, and steps run in scope-name order, so both sides say <c>IF NOT EXISTS</c>.
/// </summary>
public static class BlocksSchema
{
    private const string Scope = "blocks";

    public static readonly IReadOnlyList<SqliteMigration> Migrations =
    [
        new(Scope, 1, """
            CREATE TABLE IF NOT EXISTS blocks (
                blocker_id TEXT NOT NULL,
                blocked_id TEXT NOT NULL,
                blocked    INTEGER NOT NULL,
                changed_at TEXT NOT NULL,
                PRIMARY KEY (blocker_id, blocked_id)
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS blocks_by_blocked ON blocks (blocked_id);
            """),
    ];
}

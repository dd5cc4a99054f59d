namespace Social.Storage.Sqlite;

/// <summary>
/// The idempotency keys' table in a service's SQLite file. Engagement and Messaging created the same table in their
/// first step before it was shared, and steps run in scope-name order, so both sides say <c>IF NOT EXISTS</c>.
/// </summary>
public static class IdempotencyKeysSchema
{
    private const string Scope = "idempotency_keys";

    public static readonly IReadOnlyList<SqliteMigration> Migrations =
    [
        new(Scope, 1, """
            CREATE TABLE IF NOT EXISTS idempotency_keys (
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

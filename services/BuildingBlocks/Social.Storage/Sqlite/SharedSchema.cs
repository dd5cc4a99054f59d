namespace Social.Storage.Sqlite;

/// <summary>
/// The tables every service database has: the outbox of events to publish, its dead letters, and the inbox of handled
/// messages. A released step never changes: add the next version.
/// </summary>
internal static class SharedSchema
{
    private const string Scope = "shared";

    public static readonly IReadOnlyList<SqliteMigration> Migrations =
    [
        new(Scope, 1, """
            CREATE TABLE outbox (
                sequence     INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id   TEXT NOT NULL UNIQUE,
                aggregate_id TEXT NOT NULL,
                message_type TEXT NOT NULL,
                body         TEXT NOT NULL,
                trace_parent TEXT,
                occurred_at  TEXT NOT NULL,
                attempts     INTEGER NOT NULL DEFAULT 0,
                published_at TEXT
            );
            CREATE INDEX outbox_pending ON outbox (sequence) WHERE published_at IS NULL;
            CREATE INDEX outbox_published ON outbox (published_at) WHERE published_at IS NOT NULL;

            CREATE TABLE inbox (
                consumer     TEXT NOT NULL,
                message_id   TEXT NOT NULL,
                processed_at TEXT NOT NULL,
                PRIMARY KEY (consumer, message_id)
            ) WITHOUT ROWID;
            """),

        // Messages the relay gave up on, moved here so they stop blocking later events; never purged.
        new(Scope, 2, """
            CREATE TABLE outbox_dead_letters (
                message_id   TEXT PRIMARY KEY,
                aggregate_id TEXT NOT NULL,
                message_type TEXT NOT NULL,
                body         TEXT NOT NULL,
                trace_parent TEXT,
                occurred_at  TEXT NOT NULL,
                failed_at    TEXT NOT NULL,
                attempts     INTEGER NOT NULL,
                error        TEXT NOT NULL
            );
            """),

        // The inbox purge selects receipts by age; without this index each batch would scan the table under the write
        // lock. (The outbox purge has outbox_published since step 1.)
        new(Scope, 3, """
            CREATE INDEX inbox_processed_at ON inbox (processed_at);
            """),

        // The relay lease: which replica's relay publishes the outbox, and until when (one row at most).
        new(Scope, 4, """
            CREATE TABLE outbox_relay_lease (
                id         INTEGER PRIMARY KEY CHECK (id = 1),
                holder     TEXT NOT NULL,
                expires_at TEXT NOT NULL
            );
            """),
    ];
}

namespace Social.Storage.Sqlite;

/// <summary>
/// What one checkpoint found and did, as <c>PRAGMA wal_checkpoint</c> answers: the pages in the WAL and how many of
/// them are now copied into the database file. Fewer copied than logged means writes went on meanwhile, or a reader
/// still needed older pages.
/// </summary>
public readonly record struct SqliteCheckpoint(int WalPages, int CopiedPages)
{
    /// <summary>Every page of the WAL is in the database file: the next write starts the WAL over.</summary>
    public bool IsComplete => CopiedPages >= WalPages;
}

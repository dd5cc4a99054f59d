using Microsoft.Data.Sqlite;

namespace Social.Storage.Sqlite;

/// <summary>
/// A command of a <see cref="SqliteStatementCache"/>: compiled at its first run and run again while its connection
/// lives. Disposing it after a use (what every caller does) hands it back to the cache with its parameters cleared;
/// its compiled statements are kept, already reset by its last data reader. Only <see cref="Retire"/> finalizes them.
/// </summary>
internal sealed class ReusableSqliteCommand(string sql, SqliteConnection connection) : SqliteCommand(sql, connection)
{
    private bool _retired;

    private bool _leased;

    /// <summary>
    /// Whether a caller holds it, or its data reader is still open: a second use of the same text meanwhile gets a
    /// command of its own.
    /// </summary>
    public bool InUse => _leased || DataReader is not null;

    public void Lease(SqliteTransaction? transaction)
    {
        _leased = true;
        Transaction = transaction;
    }

    /// <summary>Finalizes the compiled statements: its connection is closing.</summary>
    public void Retire()
    {
        _retired = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_retired)
        {
            Parameters.Clear();
            Transaction = null;
            _leased = false;
            return;
        }

        base.Dispose(disposing);
    }
}

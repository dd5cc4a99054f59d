using Microsoft.Data.Sqlite;

namespace Social.Storage.Sqlite;

/// <summary>
/// An open connection of one <see cref="SqliteDatabase"/>, kept open between uses with the statements it compiled
/// (<see cref="Statements"/>). Disposing it, as every caller does after its reads, hands it back to its database
/// instead of closing it; the database closes it for good when it has enough idle ones or the connection cannot
/// serve again.
/// </summary>
public sealed class PooledSqliteConnection : SqliteConnection
{
    private readonly Action<PooledSqliteConnection> _handBack;
    private bool _closing;

    internal PooledSqliteConnection(string connectionString, Action<PooledSqliteConnection> handBack)
        : base(connectionString)
    {
        _handBack = handBack;
        Statements = new SqliteStatementCache(this);
    }

    internal SqliteStatementCache Statements { get; }

    /// <summary>Open and outside any transaction (a caller's transaction is rolled back when disposed): safe to hand out again.</summary>
    internal bool CanServeAgain => State == System.Data.ConnectionState.Open && Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0;

    /// <summary>Finalizes the kept statements and closes the connection.</summary>
    internal void CloseForGood()
    {
        _closing = true;
        Statements.Clear();
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closing)
        {
            _handBack(this);
            return;
        }

        base.Dispose(disposing);
    }
}

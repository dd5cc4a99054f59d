using Microsoft.Data.Sqlite;

namespace Social.Storage.Sqlite;

/// <summary>
/// The commands one open connection has compiled, by their SQL text. Microsoft.Data.Sqlite compiles a command's SQL
/// at its first run and drops the compiled statements when the command is disposed, so an adapter that makes a
/// command per call compiled its SQL every time: parsing and planning were a tenth of a busy service's processor time.
/// Kept here, a text is compiled once per connection. Used by one caller at a time, as its connection is.
/// </summary>
internal sealed class SqliteStatementCache(SqliteConnection connection)
{
    /// <summary>
    /// Texts kept per connection. The services' statements are a fixed set of a few hundred at most; texts built per
    /// call (an <c>IN</c> list of n parameters) beyond the bound are compiled for their call only, as before.
    /// </summary>
    public const int MaxStatements = 256;

    private readonly Dictionary<string, ReusableSqliteCommand> _commands = new(StringComparer.Ordinal);

    public int Count => _commands.Count;

    public SqliteCommand Rent(string sql, SqliteTransaction? transaction)
    {
        if (_commands.TryGetValue(sql, out var kept))
        {
            if (!kept.InUse)
            {
                kept.Lease(transaction);
                return kept;
            }
        }
        else if (_commands.Count < MaxStatements)
        {
            kept = new ReusableSqliteCommand(sql, connection);
            _commands.Add(sql, kept);
            kept.Lease(transaction);
            return kept;
        }

        return new SqliteCommand(sql, connection, transaction);
    }

    /// <summary>Finalizes every kept statement, before its connection closes.</summary>
    public void Clear()
    {
        foreach (var command in _commands.Values)
        {
            command.Retire();
        }

        _commands.Clear();
    }
}

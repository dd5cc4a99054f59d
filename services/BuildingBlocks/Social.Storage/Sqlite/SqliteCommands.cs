using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Social.Storage.Sqlite;

/// <summary>
/// The one way adapters write SQL: named parameters given as (name, value) pairs, and one text format for times
/// (UTC, round-trip, sortable).
/// </summary>
public static class SqliteCommands
{
    public static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>
    /// A page's cursor condition, only when there is a cursor. Written as <c>($after IS NULL OR id &lt; $after)</c>
    /// the condition stops SQLite from seeking the index to the cursor: page n then walks every row of the n - 1
    /// pages before it.
    /// </summary>
    public static string WhenAfter(object? cursor, string condition) => cursor is null ? string.Empty : condition;

    public static SqliteCommand Command(this SqliteUnitOfWork unit, string sql, params (string Name, object? Value)[] parameters) =>
        Bind(unit.CreateCommand(sql), parameters);

    /// <summary>
    /// A command on <paramref name="connection"/>, outside any transaction unless the caller sets one. On a database's
    /// own connection its SQL is compiled once per connection (<see cref="SqliteStatementCache"/>). Dispose it after use.
    /// </summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Bind(connection is PooledSqliteConnection pooled ? pooled.Statements.Rent(sql, transaction: null) : new SqliteCommand(sql, connection), parameters);

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> ExecuteAsync(this SqliteUnitOfWork unit, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = unit.Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one statement once per item in the unit's transaction: compiled once, then bound to each item's parameters
    /// (the same names every time) and run again. For many rows this beats one statement with a values list: SQLite finds
    /// a named parameter by a linear search of the statement's names, so compiling and binding a statement with thousands
    /// of them costs time quadratic in their number. Returns the rows changed in all.
    /// </summary>
    public static async Task<int> ExecuteEachAsync<T>(
        this SqliteUnitOfWork unit, string sql, IEnumerable<T> items, Func<T, (string Name, object? Value)[]> parameters, CancellationToken cancellationToken)
    {
        await using var command = unit.CreateCommand(sql);
        var changed = 0;
        foreach (var item in items)
        {
            foreach (var (name, value) in parameters(item))
            {
                if (command.Parameters.Contains(name))
                {
                    command.Parameters[name].Value = value ?? DBNull.Value;
                }
                else
                {
                    command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                }
            }

            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    public static async Task<bool> ExistsAsync(this SqliteUnitOfWork unit, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = unit.Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Every row the command selects, each made into a record by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Named parameters <c>$p0</c>… for an <c>IN (…)</c> list, and the list text itself.</summary>
    public static (string List, (string Name, object? Value)[] Parameters) InList(IEnumerable<Guid> ids) => InList(ids, "$p");

    /// <summary>Named parameters <paramref name="prefix"/>0… for an <c>IN (…)</c> list (two lists in one statement need two prefixes).</summary>
    public static (string List, (string Name, object? Value)[] Parameters) InList(IEnumerable<Guid> ids, string prefix)
    {
        var parameters = ids.Select((id, i) => ($"{prefix}{i}", (object?)id.ToString())).ToArray();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }

    private static SqliteCommand Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}

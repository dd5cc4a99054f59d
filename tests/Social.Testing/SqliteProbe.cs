using Microsoft.Data.Sqlite;

namespace Social.Testing;

/// <summary>
/// Reads a service's SQLite file directly, to prove what was (or was not) written; and, rarely, changes it to set up a
/// state the service's API cannot produce on demand (e.g. an event that has not arrived yet).
/// </summary>
public static class SqliteProbe
{
    public static async Task<long> CountAsync(string databaseFile, string sql, params (string Name, object Value)[] parameters)
    {
        if (!File.Exists(databaseFile))
        {
            return 0;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> ExecuteAsync(string databaseFile, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false, DefaultTimeout = 30 }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }
}

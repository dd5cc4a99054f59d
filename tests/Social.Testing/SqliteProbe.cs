using Microsoft.Data.Sqlite;

namespace Social.Testing;

/// <summary>Reads a service's SQLite file directly, to prove what was (or was not) written.</summary>
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
}

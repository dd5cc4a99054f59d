using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Social.Testing.Benchmarking;

/// <summary>
/// Writing a stopped service's SQLite file directly, as the benchmarks' seeders do: making a million rows through the
/// API would take hours. Statements are prepared once and rebound per row; times use the services' one text format.
/// </summary>
public static class SqliteSeeding
{
    /// <summary>
    /// Opens the file for seeding. A benchmark fixture, not data to keep: no fsync, and enough page cache that indexes
    /// filled out of order stay in memory.
    /// </summary>
    public static SqliteConnection Open(string databaseFile)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-524288;");
        return connection;
    }

    /// <summary>Folds the WAL into the file, so the service never does it with a seeding-sized log while measured.</summary>
    public static void Checkpoint(SqliteConnection connection) => Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");

    /// <summary>The services' one text format for times (SqliteCommands.Time): UTC, round-trip, sortable.</summary>
    public static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        // Compiled once; every row only rebinds the parameters.
        command.Prepare();
        return command;
    }

    public static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A scalar count, with <c>$id</c> bound to <paramref name="id"/> when given.</summary>
    public static long Count(SqliteConnection connection, string sql, Guid? id = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is { } value)
        {
            command.Parameters.AddWithValue("$id", value.ToString());
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Social.ServiceDefaults.Telemetry;

namespace Social.Storage.Sqlite;

/// <summary>The SQLite databases' instruments: how long checkpoints take, and how large each WAL has grown.</summary>
public static class SqliteMetrics
{
    /// <summary>How long one checkpoint pass took, in seconds, tagged <c>database</c>.</summary>
    public const string CheckpointDurationMetric = "social.sqlite.checkpoint.duration";

    /// <summary>
    /// Pages in each database's WAL at its last checkpoint, tagged <c>database</c>: grows while readers keep the WAL
    /// from starting over, and every page of it makes reads a little slower.
    /// </summary>
    public const string WalPagesMetric = "social.sqlite.wal.pages";

    private static readonly Histogram<double> CheckpointDuration = SocialTelemetry.Meter.CreateHistogram<double>(
        CheckpointDurationMetric, unit: "s", description: "Duration of one SQLite checkpoint pass");

    private static readonly ConcurrentDictionary<SqliteDatabase, int> WalPages = new();

    static SqliteMetrics() => SocialTelemetry.Meter.CreateObservableGauge(
        WalPagesMetric,
        () => WalPages.Select(wal => new Measurement<int>(wal.Value, new KeyValuePair<string, object?>("database", Path.GetFileName(wal.Key.FilePath)))),
        description: "Pages in the SQLite WAL at its last checkpoint");

    internal static void Checkpointed(SqliteDatabase database, SqliteCheckpoint checkpoint, TimeSpan took)
    {
        CheckpointDuration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("database", Path.GetFileName(database.FilePath)));
        WalPages[database] = checkpoint.WalPages;
    }

    internal static void Forget(SqliteDatabase database) => WalPages.TryRemove(database, out _);
}

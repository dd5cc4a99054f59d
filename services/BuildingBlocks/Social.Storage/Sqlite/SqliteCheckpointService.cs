using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Social.Storage.Sqlite;

/// <summary>
/// Copies the WAL into the database file beside the writers instead of inside them. Left to SQLite, the write whose
/// commit crosses a thousand WAL pages copies them all and syncs the WAL and the file to disk before it returns,
/// holding the one write turn: on a busy service that was a dozen stalls of 8–20 ms a second, which every write queued
/// behind. Here a reader's connection checkpoints passively every <see cref="Interval"/> (SQLite lets writes go on
/// meanwhile), and runs again at once while writes keep adding pages, so that the WAL is often wholly copied when a
/// write begins, which lets SQLite start it over. The writer still checkpoints by itself past
/// <see cref="SqliteDatabase.WriterCheckpointPages"/>, a backstop that by then finds little left to copy.
/// </summary>
public sealed partial class SqliteCheckpointService(SqliteDatabase database, TimeProvider clock, ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    // Passes per tick while writes keep adding pages: each copies what the last one left, so they get shorter.
    private const int MaxPasses = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckpointAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: SQLite checkpoints when the last connection closes.
        }
        finally
        {
            SqliteMetrics.Forget(database);
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var started = Stopwatch.GetTimestamp();
                var checkpoint = await database.CheckpointAsync(cancellationToken);
                SqliteMetrics.Checkpointed(database, checkpoint, Stopwatch.GetElapsedTime(started));
                if (checkpoint.IsComplete)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCheckpointFailed(logger, exception, Path.GetFileName(database.FilePath));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint of {Database} failed; trying again at the next interval")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception, string database);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Social.Storage.Sqlite;

/// <summary>
/// Moves the WAL into the database file every <see cref="Interval"/>, off the write path (commits no longer checkpoint:
/// see <see cref="SqliteDatabase.OpenAsync"/>). The WAL so holds about an interval of writes, and the disk syncs a
/// checkpoint needs are paid here, not by the writer whose commit crossed a threshold and everyone queued behind it.
/// </summary>
public sealed partial class SqliteCheckpointer(SqliteDatabase database, TimeProvider clock, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await database.CheckpointAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The WAL keeps everything until the next tick manages; nothing is lost.
                    LogCheckpointFailed(logger, exception, Path.GetFileName(database.FilePath));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last connection to close checkpoints what is left.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpointing {File} failed; the next tick tries again.")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception, string file);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Social.EventBus;

/// <summary>
/// Forgets old rows at start and then every <paramref name="interval"/>, in batches (<see cref="BatchedPurge"/>).
/// A failed purge is retried at the next tick.
/// </summary>
public abstract partial class PeriodicPurge(string what, TimeSpan interval, TimeProvider timeProvider, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = timeProvider;

    /// <summary>One whole purge; returns how many rows it forgot.</summary>
    protected abstract Task<long> PurgeAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Clock);
        do
        {
            try
            {
                var purged = await PurgeAsync(stoppingToken);
                if (purged > 0)
                {
                    LogPurged(logger, purged, what);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPurgeFailed(logger, exception, what);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} {What}")]
    private static partial void LogPurged(ILogger logger, long count, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purge of {What} failed; retrying at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception, string what);
}

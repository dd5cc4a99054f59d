using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Social.Storage.FanOuts;

/// <summary>
/// Drives an <see cref="IFanOutWork"/>: batch after batch while work is pending, then waits for this instance's signal
/// or the next poll (work another instance scheduled, or left by a crash). Every instance runs one; two working on the
/// same fan-out take turns on the database and each batch handles what is still there, so nothing is done twice.
/// </summary>
public sealed partial class FanOutWorker<TWork>(TWork work, FanOutSignal<TWork> signal, TimeProvider clock, ILogger<FanOutWorker<TWork>> logger) : BackgroundService
    where TWork : IFanOutWork
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await work.RunBatchAsync(stoppingToken))
                {
                    await signal.WaitAsync(PollInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogBatchFailed(logger, exception, RetryDelay);
                await Task.Delay(RetryDelay, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A fan-out batch failed; the next attempt is in {Delay}")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, TimeSpan delay);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Social.EventBus.Outbox;

/// <summary>
/// Publishes committed outbox messages in commit order, one at a time, and marks each published only after the
/// broker confirmed it. A failure stops the batch (so no later message of the same aggregate overtakes it) and
/// retries with capped exponential backoff until the broker is back. A crash between confirm and mark republishes
/// the message: consumers deduplicate on its id.
/// </summary>
public sealed partial class OutboxRelay(
    IOutboxStore store,
    IOutboxPublisher publisher,
    IOutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var consecutiveFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishPendingAsync(stoppingToken);
                consecutiveFailures = 0;
                if (published == _options.BatchSize)
                {
                    continue; // more may be waiting
                }

                await PurgeIfDueAsync(stoppingToken);
                await signal.WaitAsync(_options.PollInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                consecutiveFailures++;
                var delay = RetryDelay(consecutiveFailures);
                LogPublishFailed(logger, exception, consecutiveFailures, delay);
                try
                {
                    await Task.Delay(delay, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Publishes one batch in order; returns how many were published. Throws at the first failure.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var batch = await store.ReadPendingAsync(_options.BatchSize, cancellationToken);
        foreach (var message in batch)
        {
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(_options.PublishTimeout);
                try
                {
                    await publisher.PublishAsync(message, timeout.Token);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    await store.RecordFailedAttemptAsync(message.MessageId, cancellationToken);
                    throw;
                }
            }

            await store.MarkPublishedAsync(message.MessageId, timeProvider.GetUtcNow(), cancellationToken);
        }

        return batch.Count;
    }

    /// <summary>Capped exponential backoff with jitter, so replicas do not hammer a recovering broker in step.</summary>
    public TimeSpan RetryDelay(int consecutiveFailures)
    {
        var exponent = Math.Min(consecutiveFailures - 1, 16);
        var baseDelay = Math.Min(_options.MinRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), _options.MaxRetryDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter, not security.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(baseDelay * jitter, _options.MaxRetryDelay.TotalMilliseconds));
    }

    private async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now.AddMinutes(10);
        var purged = await store.PurgePublishedAsync(now - _options.Retention, cancellationToken);
        if (purged > 0)
        {
            LogPurged(logger, purged);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox publish failed ({Failures} in a row); retrying in {Delay}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} published outbox messages")]
    private static partial void LogPurged(ILogger logger, int count);
}

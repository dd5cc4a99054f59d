using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Social.EventBus.Outbox;

/// <summary>
/// Publishes committed outbox messages in commit order, one at a time, and marks each published only after the
/// broker confirmed it. A failure stops the batch (so no later message of the same aggregate overtakes it) and
/// retries with capped exponential backoff until the broker is back. A crash between confirm and mark republishes
/// the message: consumers deduplicate on its id.
/// <para>
/// A message that can never be published would block every later event of the service, so it is moved to the dead
/// letters (<see cref="IOutboxStore.DeadLetterAsync"/>) and the relay goes on with the next message:
/// </para>
/// <list type="bullet">
/// <item>at once when the message itself is at fault (<see cref="UnpublishableMessageException"/>: a type this build
/// does not know, a body that does not deserialize or serialize): no retry can succeed;</item>
/// <item>otherwise after <see cref="OutboxOptions.MaxAttempts"/> failures held against it. A failed publish is held
/// against the message only when the broker confirms a probe publish right after it: the broker is up and takes other
/// messages, so the failure (a rejection, a confirm that never comes) is this message's own. While the broker is down
/// or unreachable the probe fails too and nothing is counted, so an outage of any length dead-letters nothing. The
/// count is kept in the message's outbox row, so a restart does not reset it.</item>
/// </list>
/// Every message that is not dead-lettered keeps commit order.
/// </summary>
public sealed partial class OutboxRelay(
    IOutboxStore store,
    IOutboxPublisher publisher,
    IOutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    /// <summary>The stored error text is for a person reading it; a stack trace fits, a runaway message does not.</summary>
    private const int MaxErrorLength = 8000;

    private static readonly TimeSpan BacklogRefreshInterval = TimeSpan.FromSeconds(1);

    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextBacklogCount = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RelayAsync(stoppingToken);
        }
        finally
        {
            OutboxMetrics.ForgetBacklog(this);
        }
    }

    /// <summary>
    /// Publishes one batch in order; returns how many messages it took care of (published or dead-lettered).
    /// Throws at the first failure that leaves a message pending.
    /// </summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        var batch = await store.ReadPendingAsync(_options.BatchSize, cancellationToken);
        foreach (var message in batch)
        {
            try
            {
                await PublishWithTimeoutAsync(message, cancellationToken);
            }
            catch (UnpublishableMessageException exception)
            {
                var attempts = await store.RecordFailedAttemptAsync(message.MessageId, cancellationToken);
                await DeadLetterAsync(message, Math.Max(attempts, 1), exception, OutboxMetrics.UnpublishableReason, cancellationToken);
                continue;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                if (await BrokerConfirmsProbeAsync(cancellationToken))
                {
                    var attempts = await store.RecordFailedAttemptAsync(message.MessageId, cancellationToken);
                    if (attempts >= _options.MaxAttempts)
                    {
                        await DeadLetterAsync(message, attempts, exception, OutboxMetrics.MaxAttemptsReason, cancellationToken);
                        continue;
                    }
                }

                throw;
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

    private async Task RelayAsync(CancellationToken stoppingToken)
    {
        var consecutiveFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var processed = await PublishPendingAsync(stoppingToken);
                consecutiveFailures = 0;
                await RefreshBacklogIfDueAsync(stoppingToken);
                if (processed == _options.BatchSize)
                {
                    continue; // more may be waiting
                }

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
                    await RefreshBacklogIfDueAsync(stoppingToken);
                    await Task.Delay(delay, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task PublishWithTimeoutAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        await publisher.PublishAsync(message, timeout.Token);
    }

    private async Task<bool> BrokerConfirmsProbeAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            await publisher.ProbeAsync(timeout.Token);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task DeadLetterAsync(OutboxMessage message, int attempts, Exception exception, string reason, CancellationToken cancellationToken)
    {
        var error = exception.ToString();
        var deadLetter = new OutboxDeadLetter(message, attempts, error.Length > MaxErrorLength ? error[..MaxErrorLength] : error, timeProvider.GetUtcNow());
        await store.DeadLetterAsync(deadLetter, cancellationToken);
        OutboxMetrics.DeadLettered(reason);
        LogDeadLettered(logger, exception, message.MessageId, message.MessageType, attempts, reason);
    }

    /// <summary>Counts the backlog for <see cref="OutboxMetrics.PendingMetric"/>, at most once a second; a failed count waits for the next.</summary>
    private async Task RefreshBacklogIfDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (now < _nextBacklogCount)
        {
            return;
        }

        _nextBacklogCount = now + BacklogRefreshInterval;
        try
        {
            OutboxMetrics.SetBacklog(this, await store.CountPendingAsync(cancellationToken));
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The database is failing; the publish loop reports that.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox publish failed ({Failures} in a row); retrying in {Delay}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} of type {MessageType} moved to the dead letters after {Attempts} failed publishes ({Reason})")]
    private static partial void LogDeadLettered(ILogger logger, Exception exception, Guid messageId, string messageType, int attempts, string reason);
}

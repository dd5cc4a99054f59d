using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Social.EventBus.Outbox;

/// <summary>
/// Publishes committed outbox messages in commit order, one at a time, and marks them published (a batch in one write)
/// only after the broker confirmed each. A failure stops the batch (so no later message of the same aggregate overtakes it) and
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
/// <para>
/// Replicas of a service share one outbox, and only the relay holding the service's lease publishes
/// (<see cref="RelayLease"/>); the others stand by and poll for it, so two relays never race each other out of order.
/// The holder checks its lease before each message and renews it as it goes; a relay that stops (or crashes, or
/// freezes) for longer than <see cref="OutboxOptions.LeaseDuration"/> is replaced. A holder frozen between its check
/// and a publish can still publish one message the new holder also publishes: consumers deduplicate on its id.
/// Events committed on a standby instance wait for the holder's next look (<see cref="OutboxOptions.PollInterval"/>),
/// since the commit signal only reaches the relay of the process that made the commit.
/// </para>
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
    private readonly RelayLease _lease = new(store, options.Value.LeaseDuration, timeProvider);
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
            await ReleaseLeaseAsync();
        }
    }

    /// <summary>
    /// Publishes one batch in order while this relay holds the lease; returns how many messages it took care of
    /// (published or dead-lettered): none when another replica holds the lease. Throws at the first failure that leaves
    /// a message pending.
    /// </summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        if (!await HoldLeaseAsync(cancellationToken))
        {
            return 0;
        }

        var batch = await store.ReadPendingAsync(_options.BatchSize, cancellationToken);
        var published = new List<Guid>(batch.Count);
        var handled = 0;
        try
        {
            foreach (var message in batch)
            {
                if (handled > 0 && !await HoldLeaseAsync(cancellationToken))
                {
                    break;
                }

                handled++;
                if (await PublishOrDeadLetterAsync(message, cancellationToken))
                {
                    published.Add(message.MessageId);
                }
            }
        }
        finally
        {
            // Also when a publish failed or the relay is stopping: what the broker confirmed is not published again.
            await MarkPublishedAsync(published);
        }

        return handled;
    }

    /// <summary>
    /// Publishes one message; true once the broker confirmed it, false when it went to the dead letters instead.
    /// Throws when it stays pending (the broker is unreachable, or it has failed fewer than MaxAttempts times).
    /// </summary>
    private async Task<bool> PublishOrDeadLetterAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await PublishWithTimeoutAsync(message, cancellationToken);
            return true;
        }
        catch (UnpublishableMessageException exception)
        {
            var attempts = await store.RecordFailedAttemptAsync(message.MessageId, cancellationToken);
            await DeadLetterAsync(message, Math.Max(attempts, 1), exception, OutboxMetrics.UnpublishableReason, cancellationToken);
            return false;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (await BrokerConfirmsProbeAsync(cancellationToken))
            {
                var attempts = await store.RecordFailedAttemptAsync(message.MessageId, cancellationToken);
                if (attempts >= _options.MaxAttempts)
                {
                    await DeadLetterAsync(message, attempts, exception, OutboxMetrics.MaxAttemptsReason, cancellationToken);
                    return false;
                }
            }

            throw;
        }
    }

    /// <summary>
    /// One write for the whole batch. It runs on its own short deadline so a stopping relay still records what the
    /// broker confirmed; if it fails anyway, those messages are published again and consumers drop the duplicates.
    /// </summary>
    private async Task MarkPublishedAsync(List<Guid> published)
    {
        if (published.Count == 0)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(_options.PublishTimeout);
        await store.MarkPublishedAsync(published, timeProvider.GetUtcNow(), timeout.Token);
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

    private async Task<bool> HoldLeaseAsync(CancellationToken cancellationToken)
    {
        var wasHeld = _lease.Held;
        var held = await _lease.HoldAsync(cancellationToken);
        if (held != wasHeld)
        {
            if (held)
            {
                LogLeaseTaken(logger, _lease.Holder);
            }
            else
            {
                LogLeaseLost(logger, _lease.Holder);
            }
        }

        return held;
    }

    /// <summary>A stopping relay hands the outbox over at once rather than after the lease runs out; best effort.</summary>
    private async Task ReleaseLeaseAsync()
    {
        using var timeout = new CancellationTokenSource(_options.PublishTimeout);
        try
        {
            await _lease.ReleaseAsync(timeout.Token);
        }
        catch (Exception exception)
        {
            LogLeaseReleaseFailed(logger, exception);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance ({Holder}) now relays the outbox")]
    private static partial void LogLeaseTaken(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance ({Holder}) no longer relays the outbox: another replica holds the lease")]
    private static partial void LogLeaseLost(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not hand the outbox relay lease over; a replica takes it when it runs out")]
    private static partial void LogLeaseReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox publish failed ({Failures} in a row); retrying in {Delay}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, int failures, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} of type {MessageType} moved to the dead letters after {Attempts} failed publishes ({Reason})")]
    private static partial void LogDeadLettered(ILogger logger, Exception exception, Guid messageId, string messageType, int attempts, string reason);
}

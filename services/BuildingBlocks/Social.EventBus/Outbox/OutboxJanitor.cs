using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Social.EventBus.Outbox;

/// <summary>
/// Purges published outbox messages older than the retention, periodically, a batch at a time. Beside the relay,
/// not inside it: however long a purge takes, publishing does not wait for it.
/// </summary>
public sealed class OutboxJanitor(IOutboxStore store, IOptions<OutboxOptions> options, TimeProvider timeProvider, ILogger<OutboxJanitor> logger)
    : PeriodicPurge("published outbox messages", options.Value.PurgeInterval, timeProvider, logger)
{
    protected override Task<long> PurgeAsync(CancellationToken cancellationToken)
    {
        var publishedBefore = Clock.GetUtcNow() - options.Value.Retention;
        return BatchedPurge.RunAsync(
            (maxCount, ct) => store.PurgePublishedAsync(publishedBefore, maxCount, ct),
            options.Value.PurgeBatchSize,
            BatchedPurge.Pause,
            Clock,
            cancellationToken);
    }
}

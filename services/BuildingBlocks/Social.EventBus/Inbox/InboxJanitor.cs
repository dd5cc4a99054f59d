using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Social.EventBus.Inbox;

/// <summary>Purges inbox receipts older than the retention, periodically, a batch at a time.</summary>
public sealed class InboxJanitor(IInboxStore store, IOptions<InboxOptions> options, TimeProvider timeProvider, ILogger<InboxJanitor> logger)
    : PeriodicPurge("inbox receipts past their retention", options.Value.PurgeInterval, timeProvider, logger)
{
    protected override Task<long> PurgeAsync(CancellationToken cancellationToken)
    {
        var processedBefore = Clock.GetUtcNow() - options.Value.Retention;
        return BatchedPurge.RunAsync(
            (maxCount, ct) => store.PurgeProcessedBeforeAsync(processedBefore, maxCount, ct),
            options.Value.PurgeBatchSize,
            BatchedPurge.Pause,
            Clock,
            cancellationToken);
    }
}

using Microsoft.Extensions.Logging;
using Social.EventBus;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// Forgets retraction markers and removed-object marks older than <see cref="ActivityRules.MarkerRetention"/>: a cause
/// later than that is taken as lost. A batch at a time, so the write lock is never held for long.
/// </summary>
public sealed class ActivityJanitor(IMessagingStore store, TimeProvider clock, ILogger<ActivityJanitor> logger)
    : PeriodicPurge("activity retraction markers", TimeSpan.FromMinutes(30), clock, logger)
{
    private const int BatchSize = 1000;

    protected override Task<long> PurgeAsync(CancellationToken cancellationToken) =>
        BatchedPurge.RunAsync(
            (max, ct) => store.PurgeActivityMarkersAsync(Clock.GetUtcNow() - ActivityRules.MarkerRetention, max, ct), BatchSize, BatchedPurge.Pause, Clock, cancellationToken);
}

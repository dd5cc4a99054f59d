using Microsoft.Extensions.Logging;
using Social.EventBus;

namespace Social.Messaging.Domain.Activity;

/// <summary>Carries out pending removals of deleted accounts' activity (<see cref="ActivityRemovals"/>) at start and every few seconds.</summary>
public sealed class ActivityRemovalWorker(ActivityRemovals removals, TimeProvider clock, ILogger<ActivityRemovalWorker> logger)
    : PeriodicPurge("batches of deleted accounts' activity", TimeSpan.FromSeconds(5), clock, logger)
{
    protected override Task<long> PurgeAsync(CancellationToken cancellationToken) => removals.RunUntilIdleAsync(cancellationToken);
}

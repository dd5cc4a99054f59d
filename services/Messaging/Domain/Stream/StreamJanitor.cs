using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Social.EventBus;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// Forgets stream entries older than the retention (a reconnect from before them gets a reset) and expired tickets,
/// a batch at a time through the time index, so the write lock is never held for long.
/// </summary>
public sealed class StreamJanitor(IMessagingStore store, IOptions<StreamOptions> options, TimeProvider clock, ILogger<StreamJanitor> logger)
    : PeriodicPurge("stream entries and tickets", options.Value.PurgeInterval, clock, logger)
{
    private const int BatchSize = 1000;

    protected override async Task<long> PurgeAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var entries = await BatchedPurge.RunAsync((max, ct) => store.PurgeStreamAsync(now - options.Value.Retention, max, ct), BatchSize, BatchedPurge.Pause, Clock, cancellationToken);
        var tickets = await BatchedPurge.RunAsync((max, ct) => store.PurgeStreamTicketsAsync(now, max, ct), BatchSize, BatchedPurge.Pause, Clock, cancellationToken);
        return entries + tickets;
    }
}

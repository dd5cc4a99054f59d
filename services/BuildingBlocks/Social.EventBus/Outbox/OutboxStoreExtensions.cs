namespace Social.EventBus.Outbox;

public static class OutboxStoreExtensions
{
    /// <summary>The size of one purge batch when the caller names none.</summary>
    public const int DefaultPurgeBatchSize = 1000;

    /// <summary>Forgets every message published before <paramref name="publishedBefore"/>, batch by batch; returns how many.</summary>
    public static Task<long> PurgePublishedAsync(this IOutboxStore store, DateTimeOffset publishedBefore, CancellationToken cancellationToken) =>
        BatchedPurge.RunAsync(
            (maxCount, ct) => store.PurgePublishedAsync(publishedBefore, maxCount, ct),
            DefaultPurgeBatchSize,
            TimeSpan.Zero,
            TimeProvider.System,
            cancellationToken);
}

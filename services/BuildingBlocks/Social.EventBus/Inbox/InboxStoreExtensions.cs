namespace Social.EventBus.Inbox;

public static class InboxStoreExtensions
{
    /// <summary>The size of one purge batch when the caller names none.</summary>
    public const int DefaultPurgeBatchSize = 1000;

    /// <summary>Forgets every receipt recorded before <paramref name="processedBefore"/>, batch by batch; returns how many.</summary>
    public static Task<long> PurgeProcessedBeforeAsync(this IInboxStore store, DateTimeOffset processedBefore, CancellationToken cancellationToken) =>
        BatchedPurge.RunAsync(
            (maxCount, ct) => store.PurgeProcessedBeforeAsync(processedBefore, maxCount, ct),
            DefaultPurgeBatchSize,
            TimeSpan.Zero,
            TimeProvider.System,
            cancellationToken);
}

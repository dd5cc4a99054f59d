namespace Social.EventBus.Inbox;

/// <summary>Housekeeping of a service's inbox of handled message ids. Each storage adapter implements it.</summary>
public interface IInboxStore
{
    /// <summary>
    /// Forgets at most <paramref name="maxCount"/> receipts recorded before <paramref name="processedBefore"/>, in one
    /// short write; returns how many. Callers repeat it to purge more (see <see cref="InboxStoreExtensions"/>).
    /// </summary>
    Task<int> PurgeProcessedBeforeAsync(DateTimeOffset processedBefore, int maxCount, CancellationToken cancellationToken);
}

namespace Social.EventBus.Inbox;

/// <summary>Housekeeping of a service's inbox of handled message ids. Each storage adapter implements it.</summary>
public interface IInboxStore
{
    /// <summary>Forgets receipts recorded before <paramref name="processedBefore"/>; returns how many.</summary>
    Task<long> PurgeProcessedBeforeAsync(DateTimeOffset processedBefore, CancellationToken cancellationToken);
}

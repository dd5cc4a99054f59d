namespace Social.EventBus.Outbox;

/// <summary>The relay's view of a service's outbox. Each storage adapter (SQLite, MongoDB) implements it.</summary>
public interface IOutboxStore
{
    /// <summary>
    /// Writes an event on its own, for a change made outside this database (e.g. in another store) that must still be
    /// published reliably; events of a change in this database are written in its own transaction instead.
    /// </summary>
    Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Unpublished messages, oldest first (the order they were committed).</summary>
    Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken);

    Task MarkPublishedAsync(Guid messageId, DateTimeOffset publishedAt, CancellationToken cancellationToken);

    Task RecordFailedAttemptAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>Forgets messages published before <paramref name="publishedBefore"/>; returns how many.</summary>
    Task<int> PurgePublishedAsync(DateTimeOffset publishedBefore, CancellationToken cancellationToken);
}

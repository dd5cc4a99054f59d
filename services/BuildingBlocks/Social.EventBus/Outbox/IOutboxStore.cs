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

    /// <summary>How many messages wait to be published (the backlog).</summary>
    Task<long> CountPendingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Marks messages published, all in one write: the relay marks a batch at once rather than paying a commit per
    /// message, which under load queued behind the service's own writers and capped how fast events left.
    /// </summary>
    Task MarkPublishedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset publishedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one failed publish against the message, durably (a restart keeps the count). Returns the count, or 0
    /// when the message is no longer pending (another replica published or dead-lettered it).
    /// </summary>
    Task<int> RecordFailedAttemptAsync(Guid messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the message to the dead letters: the dead letter is written and the message leaves the outbox in one
    /// transaction. Doing it twice (two replicas) leaves one dead letter.
    /// </summary>
    Task DeadLetterAsync(OutboxDeadLetter deadLetter, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets at most <paramref name="maxCount"/> messages published before <paramref name="publishedBefore"/>, in one
    /// short write; returns how many. Callers repeat it to purge more (see <see cref="OutboxStoreExtensions"/>).
    /// </summary>
    Task<int> PurgePublishedAsync(DateTimeOffset publishedBefore, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Takes or renews the service's relay lease for <paramref name="holder"/> until <paramref name="until"/>, in one
    /// conditional write: granted when nobody holds it, when its holder's time ran out by <paramref name="now"/>, or when
    /// <paramref name="holder"/> already holds it. Returns whether <paramref name="holder"/> holds it now. One relay per
    /// service publishes at a time, so replicas keep commit order instead of racing each other through the outbox.
    /// </summary>
    Task<bool> TryHoldRelayLeaseAsync(string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it (a stopping relay), so a replica takes over at once.</summary>
    Task ReleaseRelayLeaseAsync(string holder, CancellationToken cancellationToken);
}

using Social.EventBus.Outbox;

namespace Social.UnitTests.EventBus;

/// <summary>An outbox kept in a list, in commit order, for testing the relay without a database.</summary>
internal sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly List<Entry> _entries = [];
    private readonly List<OutboxDeadLetter> _deadLetters = [];
    private readonly Lock _lease = new();
    private (string Holder, DateTimeOffset ExpiresAt)? _leaseRecord;

    public IReadOnlyList<Guid> Published => [.. _entries.Where(e => e.PublishedAt is not null).Select(e => e.Message.MessageId)];

    public IReadOnlyList<OutboxDeadLetter> DeadLetters => _deadLetters;

    public int AttemptsOf(Guid messageId) => _entries.Single(e => e.Message.MessageId == messageId).Attempts;

    public OutboxMessage Add(string aggregateId)
    {
        var message = new OutboxMessage(Guid.CreateVersion7(), aggregateId, "test", "{}", null, DateTimeOffset.UnixEpoch);
        _entries.Add(new Entry(message));
        return message;
    }

    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        _entries.Add(new Entry(message));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>([.. _entries.Where(e => e.PublishedAt is null).Take(maxCount).Select(e => e.Message)]);

    public Task<long> CountPendingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<long>(_entries.Count(e => e.PublishedAt is null));

    public Task MarkPublishedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        MarkCalls++;
        foreach (var messageId in messageIds)
        {
            _entries.Single(e => e.Message.MessageId == messageId).PublishedAt = publishedAt;
        }

        return Task.CompletedTask;
    }

    /// <summary>How many times the relay marked messages published (one write each).</summary>
    public int MarkCalls { get; private set; }

    public Task<int> RecordFailedAttemptAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var entry = _entries.SingleOrDefault(e => e.Message.MessageId == messageId && e.PublishedAt is null);
        return Task.FromResult(entry is null ? 0 : ++entry.Attempts);
    }

    public Task DeadLetterAsync(OutboxDeadLetter deadLetter, CancellationToken cancellationToken)
    {
        if (_deadLetters.All(d => d.Message.MessageId != deadLetter.Message.MessageId))
        {
            _deadLetters.Add(deadLetter);
        }

        _entries.RemoveAll(e => e.Message.MessageId == deadLetter.Message.MessageId);
        return Task.CompletedTask;
    }

    public Task<int> PurgePublishedAsync(DateTimeOffset publishedBefore, int maxCount, CancellationToken cancellationToken)
    {
        var purged = _entries.Where(e => e.PublishedAt < publishedBefore).Take(maxCount).ToList();
        _entries.RemoveAll(purged.Contains);
        return Task.FromResult(purged.Count);
    }

    public Task<bool> TryHoldRelayLeaseAsync(string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_lease)
        {
            if (_leaseRecord is { } record && record.Holder != holder && record.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }

            _leaseRecord = (holder, until);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseRelayLeaseAsync(string holder, CancellationToken cancellationToken)
    {
        lock (_lease)
        {
            if (_leaseRecord?.Holder == holder)
            {
                _leaseRecord = null;
            }
        }

        return Task.CompletedTask;
    }

    private sealed class Entry(OutboxMessage message)
    {
        public OutboxMessage Message { get; } = message;

        public DateTimeOffset? PublishedAt { get; set; }

        public int Attempts { get; set; }
    }
}

using MongoDB.Driver;
using Social.EventBus.Outbox;

namespace Social.Storage.MongoDb;

/// <summary>The outbox collection of a service's MongoDB database (written by <see cref="MongoDatabaseContext"/>).</summary>
public sealed class MongoOutboxStore(MongoDatabaseContext context) : IOutboxStore
{
    private static readonly IReadOnlyCollection<OutboxMessage> NoMessages = [];

    private static readonly FilterDefinition<OutboxDocument> Pending = Builders<OutboxDocument>.Filter.Exists(d => d.PublishedAt, false);

    /// <summary>
    /// Lease writes wait for a majority, so a primary that fails over cannot take a granted lease with it and let a
    /// second relay in beside the first.
    /// </summary>
    private IMongoCollection<OutboxRelayLeaseDocument> Leases =>
        context.Database.GetCollection<OutboxRelayLeaseDocument>(SharedCollections.OutboxRelayLease).WithWriteConcern(WriteConcern.WMajority);

    private IMongoCollection<OutboxDeadLetterDocument> DeadLetters =>
        context.Database.GetCollection<OutboxDeadLetterDocument>(SharedCollections.OutboxDeadLetters);

    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        context.InTransactionAsync((_, _) => Task.FromResult<IReadOnlyCollection<OutboxMessage>?>([message]), cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        // Majority read concern: a message is published only once its transaction is durable, never one that a failover
        // could roll back after consumers acted on it.
        var pending = await context.Outbox
            .WithReadConcern(ReadConcern.Majority)
            .Find(Pending)
            .Sort(Builders<OutboxDocument>.Sort.Ascending(d => d.Id))
            .Limit(maxCount)
            .ToListAsync(cancellationToken);
        return [.. pending.Select(d => new OutboxMessage(
            Guid.Parse(d.Id), d.AggregateId, d.MessageType, d.Body, d.TraceParent, new DateTimeOffset(d.OccurredAt, TimeSpan.Zero)))];
    }

    public Task<long> CountPendingAsync(CancellationToken cancellationToken) =>
        context.Outbox.CountDocumentsAsync(Pending, cancellationToken: cancellationToken);

    public async Task MarkPublishedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        if (messageIds.Count == 0)
        {
            return;
        }

        var ids = messageIds.Select(id => id.ToString()).ToList();
        await context.Outbox.UpdateManyAsync(
            Builders<OutboxDocument>.Filter.In(d => d.Id, ids),
            Builders<OutboxDocument>.Update.Set(d => d.PublishedAt, publishedAt.UtcDateTime),
            cancellationToken: cancellationToken);
    }

    public async Task<int> RecordFailedAttemptAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var updated = await context.Outbox.FindOneAndUpdateAsync(
            Builders<OutboxDocument>.Filter.Eq(d => d.Id, messageId.ToString()) & Pending,
            Builders<OutboxDocument>.Update.Inc(d => d.Attempts, 1),
            new FindOneAndUpdateOptions<OutboxDocument> { ReturnDocument = ReturnDocument.After },
            cancellationToken);
        return updated?.Attempts ?? 0;
    }

    /// <summary>
    /// One transaction writes the dead letter and deletes the outbox entry. A dead letter already there (another replica
    /// moved the message first) is a duplicate key: the transaction is dropped and the other replica's move stands.
    /// </summary>
    public Task DeadLetterAsync(OutboxDeadLetter deadLetter, CancellationToken cancellationToken)
    {
        var message = deadLetter.Message;
        var document = new OutboxDeadLetterDocument
        {
            Id = message.MessageId.ToString(),
            AggregateId = message.AggregateId,
            MessageType = message.MessageType,
            Body = message.Body,
            TraceParent = message.TraceParent,
            OccurredAt = message.OccurredAt.UtcDateTime,
            FailedAt = deadLetter.FailedAt.UtcDateTime,
            Attempts = deadLetter.Attempts,
            Error = deadLetter.Error,
        };
        return context.InTransactionAsync(
            async (session, ct) =>
            {
                await DeadLetters.InsertOneAsync(session, document, cancellationToken: ct);
                await context.Outbox.DeleteOneAsync(session, d => d.Id == document.Id, cancellationToken: ct);
                return NoMessages;
            },
            cancellationToken);
    }

    /// <summary>
    /// One batch, as on SQLite: the ids of the oldest published messages through the (PublishedAt, _id) index, then a
    /// delete of those ids only. Batches rather than a TTL index: retention stays one setting that both adapters honour
    /// the same way (and that can change without rebuilding an index), a TTL index would need a partial filter to spare
    /// pending messages, and its deletes run on the server's own clock, uncounted.
    /// </summary>
    public async Task<int> PurgePublishedAsync(DateTimeOffset publishedBefore, int maxCount, CancellationToken cancellationToken)
    {
        var old = Builders<OutboxDocument>.Filter.Lt(d => d.PublishedAt, publishedBefore.UtcDateTime);
        var ids = await context.Outbox.Find(old).Limit(maxCount).Project(d => d.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var result = await context.Outbox.DeleteManyAsync(Builders<OutboxDocument>.Filter.In(d => d.Id, ids) & old, cancellationToken);
        return (int)result.DeletedCount;
    }

    /// <summary>
    /// An upsert on the one lease document, filtered to "mine or run out": it updates a lease this relay may take, and
    /// when another relay holds a live lease the filter misses, the upsert tries to insert a second document with the
    /// same <c>_id</c>, and the duplicate key says no.
    /// </summary>
    public async Task<bool> TryHoldRelayLeaseAsync(string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var filter = Builders<OutboxRelayLeaseDocument>.Filter;
        var mineOrRunOut = filter.Eq(d => d.Id, OutboxRelayLeaseDocument.SingleId)
            & (filter.Eq(d => d.Holder, holder) | filter.Lte(d => d.ExpiresAt, now.UtcDateTime));
        var take = Builders<OutboxRelayLeaseDocument>.Update.Set(d => d.Holder, holder).Set(d => d.ExpiresAt, until.UtcDateTime);
        try
        {
            await Leases.UpdateOneAsync(mineOrRunOut, take, new UpdateOptions { IsUpsert = true }, cancellationToken);
            return true;
        }
        catch (MongoWriteException exception) when (exception.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            return false;
        }
    }

    public Task ReleaseRelayLeaseAsync(string holder, CancellationToken cancellationToken) =>
        Leases.DeleteOneAsync(d => d.Id == OutboxRelayLeaseDocument.SingleId && d.Holder == holder, cancellationToken);
}

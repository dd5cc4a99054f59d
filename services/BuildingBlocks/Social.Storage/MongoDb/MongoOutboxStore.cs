using MongoDB.Driver;
using Social.EventBus.Outbox;

namespace Social.Storage.MongoDb;

/// <summary>The outbox collection of a service's MongoDB database (written by <see cref="MongoDatabaseContext"/>).</summary>
public sealed class MongoOutboxStore(MongoDatabaseContext context) : IOutboxStore
{
    private static readonly IReadOnlyCollection<OutboxMessage> NoMessages = [];

    private static readonly FilterDefinition<OutboxDocument> Pending = Builders<OutboxDocument>.Filter.Exists(d => d.PublishedAt, false);

    private IMongoCollection<OutboxDeadLetterDocument> DeadLetters =>
        context.Database.GetCollection<OutboxDeadLetterDocument>(SharedCollections.OutboxDeadLetters);

    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        context.InTransactionAsync((_, _) => Task.FromResult<IReadOnlyCollection<OutboxMessage>?>([message]), cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        var pending = await context.Outbox
            .Find(Pending)
            .Sort(Builders<OutboxDocument>.Sort.Ascending(d => d.Id))
            .Limit(maxCount)
            .ToListAsync(cancellationToken);
        return [.. pending.Select(d => new OutboxMessage(
            Guid.Parse(d.Id), d.AggregateId, d.MessageType, d.Body, d.TraceParent, new DateTimeOffset(d.OccurredAt, TimeSpan.Zero)))];
    }

    public Task<long> CountPendingAsync(CancellationToken cancellationToken) =>
        context.Outbox.CountDocumentsAsync(Pending, cancellationToken: cancellationToken);

    public Task MarkPublishedAsync(Guid messageId, DateTimeOffset publishedAt, CancellationToken cancellationToken) =>
        context.Outbox.UpdateOneAsync(
            d => d.Id == messageId.ToString(),
            Builders<OutboxDocument>.Update.Set(d => d.PublishedAt, publishedAt.UtcDateTime),
            cancellationToken: cancellationToken);

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
}

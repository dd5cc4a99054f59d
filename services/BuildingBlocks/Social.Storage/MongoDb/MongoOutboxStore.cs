using MongoDB.Driver;
using Social.EventBus.Outbox;

namespace Social.Storage.MongoDb;

/// <summary>The outbox collection of a service's MongoDB database (written by <see cref="MongoDatabaseContext"/>).</summary>
public sealed class MongoOutboxStore(MongoDatabaseContext context) : IOutboxStore
{
    public Task EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        context.InTransactionAsync((_, _) => Task.FromResult<IReadOnlyCollection<OutboxMessage>?>([message]), cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        var pending = await context.Outbox
            .Find(Builders<OutboxDocument>.Filter.Exists(d => d.PublishedAt, false))
            .Sort(Builders<OutboxDocument>.Sort.Ascending(d => d.Id))
            .Limit(maxCount)
            .ToListAsync(cancellationToken);
        return [.. pending.Select(d => new OutboxMessage(
            Guid.Parse(d.Id), d.AggregateId, d.MessageType, d.Body, d.TraceParent, new DateTimeOffset(d.OccurredAt, TimeSpan.Zero)))];
    }

    public Task MarkPublishedAsync(Guid messageId, DateTimeOffset publishedAt, CancellationToken cancellationToken) =>
        context.Outbox.UpdateOneAsync(
            d => d.Id == messageId.ToString(),
            Builders<OutboxDocument>.Update.Set(d => d.PublishedAt, publishedAt.UtcDateTime),
            cancellationToken: cancellationToken);

    public Task RecordFailedAttemptAsync(Guid messageId, CancellationToken cancellationToken) =>
        context.Outbox.UpdateOneAsync(
            d => d.Id == messageId.ToString(),
            Builders<OutboxDocument>.Update.Inc(d => d.Attempts, 1),
            cancellationToken: cancellationToken);

    public async Task<int> PurgePublishedAsync(DateTimeOffset publishedBefore, CancellationToken cancellationToken)
    {
        var result = await context.Outbox.DeleteManyAsync(d => d.PublishedAt != null && d.PublishedAt < publishedBefore.UtcDateTime, cancellationToken);
        return (int)result.DeletedCount;
    }
}

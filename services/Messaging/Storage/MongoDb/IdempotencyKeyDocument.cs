using MongoDB.Bson.Serialization.Attributes;
using Social.KnownUsers.MongoDb;
using Social.Messaging.Domain.Conversations;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>A creating request's idempotency key: <c>_id</c> is "{owner}:{key}".</summary>
internal sealed class IdempotencyKeyDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public required string Key { get; init; }

    public required string Fingerprint { get; init; }

    public required string ResultId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public static string IdOf(Guid ownerId, string key) => $"{ownerId}:{key}";

    public StoredIdempotencyKey ToRecord() => new(Guid.Parse(OwnerId), Key, Fingerprint, Guid.Parse(ResultId), MongoTime.Utc(CreatedAt));
}

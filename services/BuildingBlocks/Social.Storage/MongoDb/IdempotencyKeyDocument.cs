using MongoDB.Bson.Serialization.Attributes;

namespace Social.Storage.MongoDb;

/// <summary>An owner's idempotency key: <c>_id</c> is "{owner}:{key}".</summary>
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

    public StoredIdempotencyKey ToKey() => new(Guid.Parse(OwnerId), Key, Fingerprint, Guid.Parse(ResultId), MongoTime.Utc(CreatedAt));
}

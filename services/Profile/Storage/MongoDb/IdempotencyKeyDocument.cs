using MongoDB.Bson.Serialization.Attributes;

namespace Social.Profile.Storage.MongoDb;

/// <summary>A sign-up's idempotency key: <c>_id</c> is the key.</summary>
internal sealed class IdempotencyKeyDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string Fingerprint { get; init; }

    public required string UserId { get; init; }

    public required string Handle { get; init; }

    public required DateTime CreatedAt { get; init; }
}

using MongoDB.Bson.Serialization.Attributes;
using Social.Engagement.Domain.Content;
using Social.KnownUsers.MongoDb;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>An owner's idempotency key: <c>_id</c> is "{owner}:{key}".</summary>
internal sealed class ContentKeyDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public required string Key { get; init; }

    public required string Fingerprint { get; init; }

    public required string ResultId { get; init; }

    public required DateTime CreatedAt { get; init; }

    public static string IdOf(Guid ownerId, string key) => $"{ownerId}:{key}";

    public static ContentKeyDocument From(StoredIdempotencyKey key) => new()
    {
        Id = IdOf(key.OwnerId, key.Key),
        OwnerId = key.OwnerId.ToString(),
        Key = key.Key,
        Fingerprint = key.Fingerprint,
        ResultId = key.ResultId.ToString(),
        CreatedAt = key.CreatedAt.UtcDateTime,
    };

    public StoredIdempotencyKey ToKey() => new(Guid.Parse(OwnerId), Key, Fingerprint, Guid.Parse(ResultId), MongoTime.Utc(CreatedAt));
}

using MongoDB.Bson.Serialization.Attributes;

namespace Social.Storage.MongoDb;

/// <summary>The relay lease of a service's outbox: one document, <c>_id</c> <see cref="SingleId"/>.</summary>
public sealed class OutboxRelayLeaseDocument
{
    public const string SingleId = "relay";

    [BsonId]
    public required string Id { get; init; }

    public required string Holder { get; init; }

    public required DateTime ExpiresAt { get; init; }
}

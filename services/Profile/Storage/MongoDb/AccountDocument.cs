using MongoDB.Bson.Serialization.Attributes;

namespace Social.Profile.Storage.MongoDb;

/// <summary>An account: <c>_id</c> is the user id; the handle has a unique index.</summary>
internal sealed class AccountDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string Handle { get; init; }

    public required string PasswordHash { get; init; }

    public required DateTime CreatedAt { get; init; }
}

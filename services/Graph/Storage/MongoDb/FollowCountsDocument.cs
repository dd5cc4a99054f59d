using MongoDB.Bson.Serialization.Attributes;
using Social.Graph.Domain.Users;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// A user's stored counts: <c>_id</c> is the user id. Changed with each follow edge in its transaction;
/// <see cref="Version"/> grows with every change so consumers keep the latest.
/// </summary>
internal sealed class FollowCountsDocument
{
    [BsonId]
    public required string Id { get; init; }

    public long Followers { get; init; }

    public long Following { get; init; }

    public long Version { get; init; }

    public FollowCounts ToCounts() => new(Guid.Parse(Id), Followers, Following, Version);
}

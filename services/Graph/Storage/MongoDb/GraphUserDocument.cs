using MongoDB.Bson.Serialization.Attributes;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// A user as the graph knows them: <c>_id</c> is the user id. The counts are stored, changed with each follow edge in
/// its transaction; <see cref="CountsVersion"/> grows with every change so consumers keep the latest.
/// </summary>
internal sealed class GraphUserDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string Handle { get; init; }

    public required DateTime CreatedAt { get; init; }

    public long FollowersCount { get; init; }

    public long FollowingCount { get; init; }

    public long CountsVersion { get; init; }
}

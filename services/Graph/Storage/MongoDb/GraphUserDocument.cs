using MongoDB.Bson.Serialization.Attributes;

namespace Social.Graph.Storage.MongoDb;

/// <summary>A user as the graph knows them: <c>_id</c> is the user id.</summary>
internal sealed class GraphUserDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string Handle { get; init; }

    public required DateTime CreatedAt { get; init; }
}

using MongoDB.Bson.Serialization.Attributes;
using Social.Engagement.Domain.Likes;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>One shard of an owner's likes received: <c>_id</c> is "{owner}:{shard}"; every change raises the version.</summary>
internal sealed class LikesReceivedDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public required int Shard { get; init; }

    public long Likes { get; init; }

    public long Version { get; init; }

    public static string IdOf(Guid ownerId, int shard) => $"{ownerId}:{shard}";

    public static IEnumerable<string> IdsOf(Guid ownerId) => Enumerable.Range(0, LikeCounterShards.Count).Select(shard => IdOf(ownerId, shard));

    public LikesReceived ToRecord() => new(Guid.Parse(OwnerId), Shard, Likes, Version);
}

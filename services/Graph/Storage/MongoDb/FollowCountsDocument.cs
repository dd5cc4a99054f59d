using MongoDB.Bson.Serialization.Attributes;
using Social.Graph.Domain.Users;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// One shard of a user's stored counts: <c>_id</c> is "{user}:{shard}", except shard 0, whose <c>_id</c> is the user
/// id alone: that was the id of a user's one document before the counts had shards, so those documents are shard 0 as
/// they stand, versions included, with nothing to migrate. Changed with each follow edge in its transaction;
/// <see cref="Version"/> grows with every change of the shard so consumers keep the latest.
/// </summary>
internal sealed class FollowCountsDocument
{
    [BsonId]
    public required string Id { get; init; }

    public long Followers { get; init; }

    public long Following { get; init; }

    public long Version { get; init; }

    public static string IdOf(Guid userId, int shard) => shard == 0 ? userId.ToString() : $"{userId}:{shard}";

    /// <summary>Every shard's id: a user's counts are read and deleted by these point lookups.</summary>
    public static IReadOnlyList<string> IdsOf(Guid userId) => [.. Enumerable.Range(0, FollowCountShards.Count).Select(shard => IdOf(userId, shard))];

    public FollowCountsShard ToShard(Guid userId, int shard) => new(userId, shard, Followers, Following, Version);
}

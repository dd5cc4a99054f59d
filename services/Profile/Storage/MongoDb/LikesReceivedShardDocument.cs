using Social.Profile.Domain.Profiles;

namespace Social.Profile.Storage.MongoDb;

/// <summary>One shard of a profile's likes received, kept on the profile document (at most one per shard).</summary>
internal sealed class LikesReceivedShardDocument
{
    public required int Shard { get; init; }

    public required long Likes { get; init; }

    public required long Version { get; init; }

    public static LikesReceivedShardDocument From(LikesReceivedShard shard) => new() { Shard = shard.Shard, Likes = shard.Likes, Version = shard.Version };

    public LikesReceivedShard ToRecord() => new(Shard, Likes, Version);
}

using Social.Contracts.Events;
using Social.Profile.Domain.Profiles;

namespace Social.Profile.Storage.MongoDb;

/// <summary>One shard of a profile's follow counts, kept on the profile document (at most one per shard).</summary>
internal sealed class FollowCountsShardDocument
{
    public required int Shard { get; init; }

    public required long Followers { get; init; }

    public required long Following { get; init; }

    public required long Version { get; init; }

    public static FollowCountsShardDocument From(FollowCountsShard shard) =>
        new() { Shard = shard.Shard, Followers = shard.Followers, Following = shard.Following, Version = shard.Version };

    /// <summary>
    /// The shards of a profile: on a document written before them, its totals at their version are shard
    /// <see cref="FollowCountsShardChanged.FormerTotalShard"/> (Graph's one counter became that shard), or nothing if
    /// no counts were ever applied.
    /// </summary>
    public static List<FollowCountsShardDocument> Of(ProfileDocument profile) =>
        profile.FollowCounts
        ?? (profile is { FollowersCount: 0, FollowingCount: 0, FollowCountsVersion: 0 }
            ? []
            :
            [
                new()
                {
                    Shard = FollowCountsShardChanged.FormerTotalShard, Followers = profile.FollowersCount, Following = profile.FollowingCount,
                    Version = profile.FollowCountsVersion,
                },
            ]);

    public FollowCountsShard ToRecord() => new(Shard, Followers, Following, Version);
}

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
    /// The shards of a profile; on a document written before them, the totals it stored, as the domain reads them
    /// (<see cref="FollowCountsRules.FormerTotals"/>).
    /// </summary>
    public static List<FollowCountsShardDocument> Of(ProfileDocument profile) =>
        profile.FollowCounts
        ?? (FollowCountsRules.FormerTotals(profile.FollowersCount, profile.FollowingCount, profile.FollowCountsVersion) is { } former ? [From(former)] : []);

    public FollowCountsShard ToRecord() => new(Shard, Followers, Following, Version);
}

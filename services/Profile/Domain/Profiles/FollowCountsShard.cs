namespace Social.Profile.Domain.Profiles;

/// <summary>
/// One shard of a user's follower and following counts, as Graph last announced it: the profile's counts are the sums
/// of the user's shards.
/// </summary>
public sealed record FollowCountsShard(int Shard, long Followers, long Following, long Version);

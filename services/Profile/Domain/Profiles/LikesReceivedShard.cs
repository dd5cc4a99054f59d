namespace Social.Profile.Domain.Profiles;

/// <summary>
/// One shard of the likes received on a user's content, as Engagement last announced it: the profile's likes count
/// is the sum of the user's shards.
/// </summary>
public sealed record LikesReceivedShard(int Shard, long Likes, long Version);

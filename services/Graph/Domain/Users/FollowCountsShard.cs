namespace Social.Graph.Domain.Users;

/// <summary>
/// One shard of a user's stored counts; <see cref="Version"/> grows with every change of this shard, so consumers keep
/// the latest of each shard and sum them.
/// </summary>
public sealed record FollowCountsShard(Guid UserId, int Shard, long Followers, long Following, long Version);

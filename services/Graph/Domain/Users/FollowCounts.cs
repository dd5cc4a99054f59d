namespace Social.Graph.Domain.Users;

/// <summary>A user's counts: the sums of their shards (<see cref="FollowCountShards"/>).</summary>
public sealed record FollowCounts(Guid UserId, long Followers, long Following);

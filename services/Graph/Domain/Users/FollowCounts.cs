namespace Social.Graph.Domain.Users;

/// <summary>A user's stored counts; <see cref="Version"/> grows with every change, so consumers keep the latest.</summary>
public sealed record FollowCounts(Guid UserId, long Followers, long Following, long Version);

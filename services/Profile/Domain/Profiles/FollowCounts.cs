namespace Social.Profile.Domain.Profiles;

/// <summary>The follow counts a profile shows, and the version of Graph's counts they come from (0: none applied yet).</summary>
public sealed record FollowCounts(long Followers, long Following, long Version);

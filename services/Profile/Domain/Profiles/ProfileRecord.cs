namespace Social.Profile.Domain.Profiles;

/// <summary>A stored profile with its settings and the counters fed by other services' events.</summary>
public sealed record ProfileRecord(
    Guid UserId,
    string Handle,
    string DisplayName,
    string Bio,
    string? AvatarUrl,
    IReadOnlyList<string> Links,
    string Pronouns,
    bool IsPrivate,
    long FollowersCount,
    long FollowingCount,
    long LikesCount,
    ProfileSettings Settings);

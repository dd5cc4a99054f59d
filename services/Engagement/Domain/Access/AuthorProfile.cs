namespace Social.Engagement.Domain.Access;

/// <summary>How a user is shown beside what they wrote or liked: handle, display name and avatar, from Profile.</summary>
public sealed record AuthorProfile(Guid UserId, string Handle, string DisplayName, string AvatarUrl);

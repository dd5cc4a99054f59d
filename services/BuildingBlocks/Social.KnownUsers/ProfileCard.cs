namespace Social.KnownUsers;

/// <summary>
/// How a user is shown beside what they did (wrote, liked) or in a list of users: handle, display name and avatar, as
/// Profile has them now (an empty avatar when they have none).
/// </summary>
public sealed record ProfileCard(Guid UserId, string Handle, string DisplayName, string AvatarUrl);

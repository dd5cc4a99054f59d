namespace Social.Relationships.Blocks;

/// <summary>
/// A service's replica of one block edge, from Graph's <c>UserBlocked</c> / <c>UserUnblocked</c>: whether
/// <paramref name="BlockerId"/> blocks <paramref name="BlockedId"/> as of <paramref name="ChangedAt"/> (the newest
/// event wins, so a late one changes nothing).
/// </summary>
public sealed record BlockState(Guid BlockerId, Guid BlockedId, bool Blocked, DateTimeOffset ChangedAt);

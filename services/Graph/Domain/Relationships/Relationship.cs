namespace Social.Graph.Domain.Relationships;

/// <summary>
/// A viewer's relationship with one user, from the viewer's side (mutes and close friends are the viewer's own).
/// <see cref="InTheirCloseFriends"/> is the other side's list: whether the user has the viewer on their close friends,
/// for internal callers deciding who sees a close-friends story; it never reaches the viewer.
/// </summary>
public sealed record Relationship(
    Guid UserId, bool Following, bool FollowedBy, bool Requested, bool Blocking, bool BlockedBy, bool Muting, bool CloseFriend,
    bool InTheirCloseFriends = false);

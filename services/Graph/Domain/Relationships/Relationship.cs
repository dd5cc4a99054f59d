namespace Social.Graph.Domain.Relationships;

/// <summary>A viewer's relationship with one user, from the viewer's side (mutes and close friends are the viewer's own).</summary>
public sealed record Relationship(
    Guid UserId, bool Following, bool FollowedBy, bool Requested, bool Blocking, bool BlockedBy, bool Muting, bool CloseFriend);

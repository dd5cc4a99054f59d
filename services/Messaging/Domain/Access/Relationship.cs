namespace Social.Messaging.Domain.Access;

/// <summary>
/// The actor's relationship with another user, as Graph (which owns it) answers: whether the actor follows them, they
/// follow the actor, and blocks either way.
/// </summary>
public sealed record Relationship(bool Following, bool FollowedBy, bool Blocking, bool BlockedBy)
{
    public static readonly Relationship None = new(false, false, false, false);

    public bool BlockedEitherWay => Blocking || BlockedBy;
}

namespace Social.Engagement.Domain.Access;

/// <summary>
/// The viewer's relationship with a content owner, as Graph (which owns it) answers: whether the viewer follows the
/// owner, the owner follows the viewer, and blocks either way.
/// </summary>
public sealed record Relationship(bool Following, bool FollowedBy, bool Blocking, bool BlockedBy)
{
    public static readonly Relationship None = new(false, false, false, false);

    public bool BlockedEitherWay => Blocking || BlockedBy;
}

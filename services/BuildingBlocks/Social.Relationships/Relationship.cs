namespace Social.Relationships;

/// <summary>
/// One user's relationship with another, as Graph (which owns it) answers: whether the first follows the other, the
/// other follows them, and blocks either way; whether the first mutes the other (their own, private list: a user never
/// learns who mutes them, so only the muter's side is ever asked about), and whether the other has the first on their
/// close friends (who sees a close-friends story).
/// </summary>
public sealed record Relationship(bool Following, bool FollowedBy, bool Blocking, bool BlockedBy, bool Muting = false, bool InTheirCloseFriends = false)
{
    public static readonly Relationship None = new(false, false, false, false);

    public bool BlockedEitherWay => Blocking || BlockedBy;
}

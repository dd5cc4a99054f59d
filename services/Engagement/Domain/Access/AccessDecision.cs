namespace Social.Engagement.Domain.Access;

/// <summary>Whether a viewer may see content, and if not, what they are told.</summary>
public enum AccessDecision
{
    Visible,

    /// <summary>Blocked either way, or an audience that leaves the viewer out: the content does not exist for them.</summary>
    NotFound,

    /// <summary>The owner is private and the viewer is not an approved follower.</summary>
    PrivateAccount,
}

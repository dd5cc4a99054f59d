namespace Social.Story.Domain.Access;

/// <summary>Whether a viewer may see a story (or a user's stories), and if not, what they are told.</summary>
public enum AccessDecision
{
    Visible,

    /// <summary>Blocked either way, an audience that leaves the viewer out, or no live story: nothing exists for them.</summary>
    NotFound,

    /// <summary>The owner is private and the viewer is not an approved follower.</summary>
    PrivateAccount,
}

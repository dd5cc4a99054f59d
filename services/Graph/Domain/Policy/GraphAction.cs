namespace Social.Graph.Domain.Policy;

/// <summary>What one user may want to do to another, as other services ask <c>Check</c>.</summary>
public enum GraphAction
{
    /// <summary>See followers-only content and the follower / following lists.</summary>
    View,
    Follow,
    Message,
    Comment,
    Mention,
    Tag,
}

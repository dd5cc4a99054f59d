namespace Social.Graph.Domain.Edges;

/// <summary>What adding a user to one's close friends did.</summary>
public enum CloseFriendOutcome
{
    /// <summary>The user is on the owner's close friends (now, or already was).</summary>
    Added,

    /// <summary>The user is unknown, deleted, or blocks the owner: all answered alike, as not found.</summary>
    MemberNotFound,

    /// <summary>The owner blocks the user: unblock first.</summary>
    Blocking,

    /// <summary>The owner and the user are the same.</summary>
    Self,
}

namespace Social.Graph.Domain.Edges;

/// <summary>The lists a user has, each a set of time-ordered edges read newest first.</summary>
public enum EdgeList
{
    /// <summary>Who follows the user.</summary>
    Followers,

    /// <summary>Whom the user follows.</summary>
    Following,

    /// <summary>Requests waiting for the user's answer.</summary>
    FollowRequests,

    Blocks,

    /// <summary>Mutes still in force.</summary>
    Mutes,

    CloseFriends,
}

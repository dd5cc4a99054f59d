namespace Social.Graph.Domain.Edges;

/// <summary>The kinds of directed edge between two users; each pair has at most one edge of each kind.</summary>
public enum EdgeKind
{
    Follow,
    FollowRequest,
    Block,
    Mute,
    CloseFriend,
}

namespace Social.Graph.Domain.Edges;

/// <summary>What a follow call did.</summary>
public enum FollowOutcome
{
    /// <summary>The caller follows the target (now, or already did).</summary>
    Following,

    /// <summary>The target is private: a request waits for their answer (now, or already did).</summary>
    Requested,

    /// <summary>The target is unknown to the graph, or deleted.</summary>
    TargetNotFound,

    /// <summary>The target blocks the caller: answered exactly as <see cref="TargetNotFound"/>.</summary>
    BlockedByTarget,

    /// <summary>The caller's own account is not (or no longer) known to the graph.</summary>
    ActorNotFound,

    /// <summary>The caller has blocked the target: unblock first.</summary>
    Blocking,

    /// <summary>The caller and the target are the same user.</summary>
    Self,
}

namespace Social.Graph.Domain.Users;

/// <summary>A change to one user that touches an unbounded number of edges, carried out a batch at a time.</summary>
public enum FanOutKind
{
    /// <summary>A deleted account: every edge that touches it goes, and every counterpart's counts follow.</summary>
    RemoveUser = 1,

    /// <summary>A private account went public: its waiting follow requests are accepted.</summary>
    AcceptRequests = 2,
}

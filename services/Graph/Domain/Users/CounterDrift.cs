namespace Social.Graph.Domain.Users;

/// <summary>One user's stored counts beside the counts of their edges.</summary>
public sealed record CounterDrift(Guid UserId, long StoredFollowers, long ActualFollowers, long StoredFollowing, long ActualFollowing)
{
    public bool Drifted => StoredFollowers != ActualFollowers || StoredFollowing != ActualFollowing;
}

namespace Social.Graph.Storage.MongoDb;

/// <summary><see cref="FollowerId"/> follows <see cref="FolloweeId"/>; listed in the followee's followers and the follower's following.</summary>
internal sealed class FollowDocument : EdgeDocument
{
    public required string FollowerId { get; init; }

    public required string FolloweeId { get; init; }
}

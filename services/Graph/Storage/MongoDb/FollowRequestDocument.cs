namespace Social.Graph.Storage.MongoDb;

/// <summary><see cref="RequesterId"/> asked to follow the private <see cref="TargetId"/>; listed in the target's requests.</summary>
internal sealed class FollowRequestDocument : EdgeDocument
{
    public required string RequesterId { get; init; }

    public required string TargetId { get; init; }
}

namespace Social.Graph.Storage.MongoDb;

/// <summary><see cref="FriendId"/> is one of <see cref="OwnerId"/>'s close friends; listed in the owner's close friends.</summary>
internal sealed class CloseFriendDocument : EdgeDocument
{
    public required string OwnerId { get; init; }

    public required string FriendId { get; init; }
}

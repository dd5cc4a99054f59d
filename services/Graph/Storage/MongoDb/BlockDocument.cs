namespace Social.Graph.Storage.MongoDb;

/// <summary><see cref="BlockerId"/> blocks <see cref="BlockedId"/>; listed in the blocker's blocks.</summary>
internal sealed class BlockDocument : EdgeDocument
{
    public required string BlockerId { get; init; }

    public required string BlockedId { get; init; }
}

namespace Social.Graph.Storage.MongoDb;

/// <summary><see cref="MuterId"/> mutes <see cref="MutedId"/>, for good when <see cref="ExpiresAt"/> is null.</summary>
internal sealed class MuteDocument : EdgeDocument
{
    public required string MuterId { get; init; }

    public required string MutedId { get; init; }

    public DateTime? ExpiresAt { get; init; }
}

using MongoDB.Bson.Serialization.Attributes;
using Social.Relationships.Blocks;
using Social.Storage.MongoDb;

namespace Social.Relationships.MongoDb;

/// <summary>The replicated state of one block edge: <c>_id</c> is "{blocker}:{blocked}".</summary>
internal sealed class BlockStateDocument
{
    [BsonId]
    public required string Id { get; init; }

    public required string BlockerId { get; init; }

    public required string BlockedId { get; init; }

    public required bool Blocked { get; init; }

    public required DateTime ChangedAt { get; init; }

    public static string IdOf(Guid blockerId, Guid blockedId) => $"{blockerId}:{blockedId}";

    public static BlockStateDocument From(BlockState state) => new()
    {
        Id = IdOf(state.BlockerId, state.BlockedId),
        BlockerId = state.BlockerId.ToString(),
        BlockedId = state.BlockedId.ToString(),
        Blocked = state.Blocked,
        ChangedAt = state.ChangedAt.UtcDateTime,
    };

    public BlockState ToState() => new(Guid.Parse(BlockerId), Guid.Parse(BlockedId), Blocked, MongoTime.Utc(ChangedAt));
}

using MongoDB.Driver;
using Social.Relationships.Blocks;

namespace Social.Relationships.MongoDb;

/// <summary>
/// The block replica's collection in a service's MongoDB database, for a service's transaction to implement
/// <see cref="IBlockReplicaTransaction"/> with: every call runs in the caller's session (its transaction).
/// </summary>
public sealed class MongoBlocks(IMongoDatabase database)
{
    private readonly IMongoCollection<BlockStateDocument> _blocks = database.GetCollection<BlockStateDocument>("blocks");

    /// <summary>Finding a deleted user's edges from either side uses an index, not a scan.</summary>
    public Task EnsureIndexesAsync(CancellationToken cancellationToken) =>
        _blocks.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<BlockStateDocument>(Builders<BlockStateDocument>.IndexKeys.Ascending(b => b.BlockerId)),
                new CreateIndexModel<BlockStateDocument>(Builders<BlockStateDocument>.IndexKeys.Ascending(b => b.BlockedId)),
            ],
            cancellationToken);

    public async Task<BlockState?> ReadAsync(IClientSessionHandle session, Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        var id = BlockStateDocument.IdOf(blockerId, blockedId);
        return (await _blocks.Find(session, b => b.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToState();
    }

    public Task WriteAsync(IClientSessionHandle session, BlockState state, CancellationToken cancellationToken)
    {
        var document = BlockStateDocument.From(state);
        return _blocks.ReplaceOneAsync(session, b => b.Id == document.Id, document, new ReplaceOptions { IsUpsert = true }, cancellationToken);
    }

    public Task DeleteOfAsync(IClientSessionHandle session, Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return _blocks.DeleteManyAsync(session, b => b.BlockerId == id || b.BlockedId == id, cancellationToken: cancellationToken);
    }
}

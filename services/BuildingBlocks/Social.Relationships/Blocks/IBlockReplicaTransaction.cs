namespace Social.Relationships.Blocks;

/// <summary>The block replica's part of a service's transaction port; the service's own port extends it.</summary>
public interface IBlockReplicaTransaction
{
    /// <summary>The replicated state of the edge blocker → blocked, if any event about it has been applied.</summary>
    Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken);

    /// <summary>Stores the state of its edge, replacing the one stored.</summary>
    Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken);

    /// <summary>Forgets every edge from or to a deleted user.</summary>
    Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken);
}

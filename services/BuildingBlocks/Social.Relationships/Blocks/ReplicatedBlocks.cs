namespace Social.Relationships.Blocks;

/// <summary>The block replica's use of a transaction: applying Graph's events, and the check a write makes in its own transaction.</summary>
public static class ReplicatedBlocks
{
    /// <summary>Stores <paramref name="incoming"/> when it is newer than the stored state; answers whether it did.</summary>
    public static async Task<bool> ApplyAsync(IBlockReplicaTransaction transaction, BlockState incoming, CancellationToken cancellationToken)
    {
        if (!BlockRules.MayApply(await transaction.ReadBlockAsync(incoming.BlockerId, incoming.BlockedId, cancellationToken), incoming))
        {
            return false;
        }

        await transaction.WriteBlockAsync(incoming, cancellationToken);
        return true;
    }

    /// <summary>Whether <paramref name="one"/> and <paramref name="other"/> are blocked either way (never for oneself).</summary>
    public static async Task<bool> SeparateAsync(IBlockReplicaTransaction transaction, Guid one, Guid other, CancellationToken cancellationToken) =>
        one != other && BlockRules.SeparatesPair(
            await transaction.ReadBlockAsync(one, other, cancellationToken), await transaction.ReadBlockAsync(other, one, cancellationToken));
}

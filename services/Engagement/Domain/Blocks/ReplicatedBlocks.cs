using Social.Engagement.Storage;

namespace Social.Engagement.Domain.Blocks;

/// <summary>The block check a write makes in its own transaction, against the blocks replicated from Graph.</summary>
internal static class ReplicatedBlocks
{
    /// <summary>Whether <paramref name="one"/> and <paramref name="other"/> are blocked either way (never for oneself).</summary>
    public static async Task<bool> SeparateAsync(IEngagementTransaction transaction, Guid one, Guid other, CancellationToken cancellationToken) =>
        one != other && BlockRules.SeparatesPair(
            await transaction.ReadBlockAsync(one, other, cancellationToken), await transaction.ReadBlockAsync(other, one, cancellationToken));
}

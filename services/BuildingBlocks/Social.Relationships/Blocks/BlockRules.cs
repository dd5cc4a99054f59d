namespace Social.Relationships.Blocks;

/// <summary>The rules of the block replica, for events that may arrive twice, late or out of order.</summary>
public static class BlockRules
{
    /// <summary>A block state replaces the stored one only when strictly newer: a late event changes nothing.</summary>
    public static bool MayApply(BlockState? current, BlockState incoming) =>
        current is null || incoming.ChangedAt > current.ChangedAt;

    /// <summary>Blocked either way, by what has been heard so far.</summary>
    public static bool SeparatesPair(BlockState? one, BlockState? other) => one?.Blocked == true || other?.Blocked == true;
}

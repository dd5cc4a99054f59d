using Social.Relationships.Blocks;

namespace Social.UnitTests.Relationships;

public sealed class BlockRulesTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly DateTimeOffset Noon = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_a_newer_state_replaces_the_stored_one()
    {
        var blocked = new BlockState(Ana, Bob, true, Noon);

        Assert.True(BlockRules.MayApply(null, blocked));
        Assert.True(BlockRules.MayApply(blocked, blocked with { Blocked = false, ChangedAt = Noon.AddSeconds(1) }));
        Assert.False(BlockRules.MayApply(blocked with { Blocked = false, ChangedAt = Noon.AddSeconds(1) }, blocked));
        Assert.False(BlockRules.MayApply(blocked, blocked));
    }

    [Fact]
    public void A_block_in_either_direction_separates_the_pair()
    {
        Assert.False(BlockRules.SeparatesPair(null, null));
        Assert.True(BlockRules.SeparatesPair(new BlockState(Ana, Bob, true, Noon), null));
        Assert.True(BlockRules.SeparatesPair(null, new BlockState(Bob, Ana, true, Noon)));
        Assert.False(BlockRules.SeparatesPair(new BlockState(Ana, Bob, false, Noon), new BlockState(Bob, Ana, false, Noon)));
    }
}

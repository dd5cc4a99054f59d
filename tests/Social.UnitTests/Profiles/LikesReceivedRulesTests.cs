using Social.Profile.Domain.Profiles;

namespace Social.UnitTests.Profiles;

public sealed class LikesReceivedRulesTests
{
    private static readonly LikesReceivedShard Stored = new(Shard: 4, Likes: 10, Version: 5);

    [Fact]
    public void A_newer_version_replaces_the_stored_shard_even_with_fewer_likes() =>
        Assert.True(LikesReceivedRules.MayApply(Stored, new LikesReceivedShard(4, Likes: 2, Version: 6)));

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void An_older_or_repeated_version_changes_nothing_even_with_more_likes(long version) =>
        Assert.False(LikesReceivedRules.MayApply(Stored, new LikesReceivedShard(4, Likes: 99, version)));

    [Fact]
    public void A_shard_never_announced_takes_whatever_version_comes_first() =>
        Assert.True(LikesReceivedRules.MayApply(null, new LikesReceivedShard(4, Likes: 3, Version: 40)));
}

using Social.Profile.Domain.Profiles;

namespace Social.UnitTests.Profiles;

public sealed class FollowCountsRulesTests
{
    private static readonly FollowCounts Stored = new(Followers: 3, Following: 5, Version: 2);

    [Fact]
    public void A_newer_version_replaces_the_stored_counts() =>
        Assert.True(FollowCountsRules.MayApply(Stored, new FollowCounts(1, 1, Version: 3)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void An_older_or_repeated_version_changes_nothing(long version) =>
        Assert.False(FollowCountsRules.MayApply(Stored, new FollowCounts(9, 9, version)));

    [Fact]
    public void A_profile_that_never_had_counts_takes_the_first_version() =>
        Assert.True(FollowCountsRules.MayApply(new FollowCounts(0, 0, Version: 0), new FollowCounts(1, 0, Version: 1)));
}

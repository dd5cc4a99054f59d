using Social.Contracts.Events;
using Social.Profile.Domain.Profiles;

namespace Social.UnitTests.Profiles;

public sealed class FollowCountsRulesTests
{
    private static readonly FollowCountsShard Stored = new(Shard: 4, Followers: 3, Following: 5, Version: 2);

    [Fact]
    public void A_newer_version_replaces_the_stored_shard_even_with_smaller_counts() =>
        Assert.True(FollowCountsRules.MayApply(Stored, new FollowCountsShard(4, 1, 1, Version: 3)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void An_older_or_repeated_version_changes_nothing_even_with_larger_counts(long version) =>
        Assert.False(FollowCountsRules.MayApply(Stored, new FollowCountsShard(4, 9, 9, version)));

    [Fact]
    public void A_shard_never_announced_takes_whatever_version_comes_first() =>
        Assert.True(FollowCountsRules.MayApply(null, new FollowCountsShard(4, 1, 0, Version: 40)));

    [Fact]
    public void An_event_from_before_the_shards_is_the_shard_that_continues_the_former_counter()
    {
        var former = new FollowCountsChanged { UserId = Guid.CreateVersion7(), Followers = 7, Following = 2, Version = 12 };

        Assert.Equal(new FollowCountsShard(FollowCountsShardChanged.FormerTotalShard, 7, 2, 12), FollowCountsRules.ShardOf(former));
    }

    [Fact]
    public void Totals_a_profile_stored_before_the_shards_are_that_same_shard_at_their_version() =>
        Assert.Equal(new FollowCountsShard(FollowCountsShardChanged.FormerTotalShard, 7, 2, 12), FollowCountsRules.FormerTotals(7, 2, version: 12));

    [Fact]
    public void A_profile_that_never_had_counts_has_no_shard_yet() =>
        Assert.Null(FollowCountsRules.FormerTotals(0, 0, version: 0));

    [Fact]
    public void Counts_stored_before_versions_existed_are_kept_at_version_0_until_any_event_of_their_shard() =>
        Assert.True(FollowCountsRules.MayApply(FollowCountsRules.FormerTotals(4, 1, version: 0), new FollowCountsShard(0, 5, 1, Version: 1)));

    [Fact]
    public void A_shard_event_keeps_its_shard_and_values()
    {
        var changed = new FollowCountsShardChanged { UserId = Guid.CreateVersion7(), Shard = 9, Followers = -1, Following = 4, Version = 3, At = DateTimeOffset.UnixEpoch };

        Assert.Equal(new FollowCountsShard(9, -1, 4, 3), FollowCountsRules.ShardOf(changed));
    }

    [Fact]
    public void The_sums_of_the_shards_are_the_same_whatever_order_and_duplicates_the_events_come_in()
    {
        // Shard 0 holds the former totals (versions 1..3); shards 5 and 9 count newer followers; shard 5 once went down.
        FollowCountsShard[] history =
        [
            new(0, 10, 3, 1), new(0, 11, 3, 2), new(0, 11, 4, 3),
            new(5, 1, 0, 1), new(5, 2, 0, 2), new(5, 1, 0, 3),
            new(9, 1, 0, 1),
        ];
        var random = new Random(7);

        for (var run = 0; run < 50; run++)
        {
            var arrivals = history.Concat(history.Take(random.Next(history.Length))).OrderBy(_ => random.Next()).ToList();

            Assert.Equal((13L, 4L), Sums(arrivals));
        }
    }

    /// <summary>The counts a profile shows after these arrivals: each shard as the rule keeps it, then summed.</summary>
    private static (long Followers, long Following) Sums(IEnumerable<FollowCountsShard> arrivals)
    {
        var shards = new Dictionary<int, FollowCountsShard>();
        foreach (var incoming in arrivals)
        {
            if (FollowCountsRules.MayApply(shards.GetValueOrDefault(incoming.Shard), incoming))
            {
                shards[incoming.Shard] = incoming;
            }
        }

        return (shards.Values.Sum(s => s.Followers), shards.Values.Sum(s => s.Following));
    }
}

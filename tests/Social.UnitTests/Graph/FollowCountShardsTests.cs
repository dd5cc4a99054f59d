using Social.Graph.Domain.Users;

namespace Social.UnitTests.Graph;

public sealed class FollowCountShardsTests
{
    [Fact]
    public void A_celebritys_200_followers_spread_over_every_shard_instead_of_one_counter()
    {
        var followers = Ids(200, seed: 200);

        var perShard = followers.GroupBy(FollowCountShards.Of).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(FollowCountShards.Count, perShard.Count);
        Assert.All(perShard.Keys, shard => Assert.InRange(shard, 0, FollowCountShards.Count - 1));
        // About 12 each: no shard is left a hot spot.
        Assert.All(perShard.Values, count => Assert.InRange(count, 1, 40));
    }

    [Fact]
    public void An_edge_always_comes_and_goes_in_the_same_shard()
    {
        var party = Guid.CreateVersion7();

        Assert.All(Enumerable.Range(0, 10), _ => Assert.Equal(FollowCountShards.Of(party), FollowCountShards.Of(Guid.Parse(party.ToString()))));
    }

    [Fact]
    public void Random_ids_spread_evenly()
    {
        var users = Ids(16_000, seed: 16);

        var perShard = users.GroupBy(FollowCountShards.Of).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(FollowCountShards.Count, perShard.Count);
        Assert.All(perShard.Values, count => Assert.InRange(count, 800, 1200));
    }

    [Fact]
    public void The_repair_shard_is_the_one_that_continues_the_former_single_counter() =>
        Assert.Equal(Social.Contracts.Events.FollowCountsShardChanged.FormerTotalShard, FollowCountShards.Repair);

    /// <summary>Random ids from a fixed seed, so the spread asserted is the same on every run.</summary>
    private static List<Guid> Ids(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => new Guid(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16)))];
    }
}

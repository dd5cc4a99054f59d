using Social.Engagement.Domain.Likes;

namespace Social.UnitTests.Engagement;

public sealed class LikeCounterShardsTests
{
    [Fact]
    public void Like_counter_shards_are_stable_per_user_and_spread_users_evenly()
    {
        var users = Enumerable.Range(0, 16_000).Select(_ => Guid.CreateVersion7()).ToList();
        var perShard = users.GroupBy(LikeCounterShards.Of).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(users.Take(100), user => Assert.Equal(LikeCounterShards.Of(user), LikeCounterShards.Of(user)));
        Assert.Equal(LikeCounterShards.Count, perShard.Count);
        Assert.All(perShard.Values, count => Assert.InRange(count, 800, 1200));
    }
}

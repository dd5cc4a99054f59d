using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Users;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Counts kept in shards: a celebrity's concurrent followers are each counted once, every change is announced as the
/// shard it changed (absolute values, a version per shard), and the newest announcement of each shard sums to the
/// stored counts, after any operations and after a repair.
/// </summary>
public abstract partial class GraphStoreConformance
{
    private static CancellationToken CountsCancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// On MongoDB each follow is a transaction: with one counts document per user all 200 would write the celebrity's
    /// and conflict, and retries would pile up until some gave up. In shards they meet only within a shard.
    /// </summary>
    [Fact]
    public async Task Two_hundred_concurrent_followers_of_one_user_are_each_counted_once()
    {
        var star = await NewUserAsync("star");
        var fans = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            fans.Add(await NewUserAsync($"fan{i}"));
        }

        var outcomes = await Task.WhenAll(fans.Select(fan => Task.Run(() => Store.FollowAsync(fan, star, CountsCancellation))));

        Assert.All(outcomes, outcome => Assert.Equal(FollowOutcome.Following, outcome));
        Assert.Equal((200, 0), await CountsAsync(star));
        Assert.All(fans, fan => Assert.Equal((0, 1), CountsAsync(fan).Result));
        Assert.Equal(fans.Order(), (await AllAsync(EdgeList.Followers, star)).Order());
        Assert.Equal((200L, 0L), (await AnnouncedSumsAsync())[star]);
        Assert.Empty((await Store.ReconcileCountersAsync(repair: false, CountsCancellation)).Drift);
    }

    [Fact]
    public async Task Each_side_of_a_follow_is_announced_in_the_shard_of_the_other_party()
    {
        var ana = await NewUserAsync("ana");
        var star = await NewUserAsync("star");

        await Store.FollowAsync(ana, star, CountsCancellation);
        await Store.UnfollowAsync(ana, star, CountsCancellation);

        var announced = await AnnouncedAsync();
        Assert.Equal(
            [(FollowCountShards.Of(star), 0L, 1L, 1L), (FollowCountShards.Of(star), 0L, 0L, 2L)],
            announced.Where(e => e.UserId == ana).Select(e => (e.Shard, e.Followers, e.Following, e.Version)));
        Assert.Equal(
            [(FollowCountShards.Of(ana), 1L, 0L, 1L), (FollowCountShards.Of(ana), 0L, 0L, 2L)],
            announced.Where(e => e.UserId == star).Select(e => (e.Shard, e.Followers, e.Following, e.Version)));
    }

    [Fact]
    public async Task The_newest_announcement_of_each_shard_sums_to_the_stored_counts_after_random_operations()
    {
        var random = new Random(1313);
        var users = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            users.Add(await NewUserAsync());
        }

        for (var step = 0; step < 400; step++)
        {
            var (a, b) = (users[random.Next(users.Count)], users[random.Next(users.Count)]);
            if (a == b)
            {
                continue;
            }

            switch (random.Next(100))
            {
                case < 55: await Store.FollowAsync(a, b, CountsCancellation); break;
                case < 75: await Store.UnfollowAsync(a, b, CountsCancellation); break;
                case < 85: await Store.RemoveFollowerAsync(a, b, CountsCancellation); break;
                case < 95: await Store.BlockAsync(a, b, CountsCancellation); break;
                default:
                    if (users.Count > 10)
                    {
                        await Store.RemoveUserAsync(a, Receipt(), CountsCancellation);
                        users.Remove(a);
                    }

                    break;
            }
        }

        var sums = await AnnouncedSumsAsync();
        foreach (var user in users)
        {
            var (followers, following) = await CountsAsync(user);
            Assert.Equal((followers, following), sums.GetValueOrDefault(user));
        }
    }

    [Fact]
    public async Task A_repair_sets_the_sum_right_and_announces_every_shard_so_the_announced_sums_follow()
    {
        var ana = await NewUserAsync("ana");
        var star = await NewUserAsync("star");
        await Store.FollowAsync(ana, star, CountsCancellation);
        // A shard that moved without an announcement: only the sums can be repaired, and consumers must hear every shard.
        await Store.Adapter.WriteAsync((transaction, ct) => transaction.AdjustCountsAsync(star, FollowCountShards.Of(ana), 5, 0, ct), CountsCancellation);
        Assert.Equal((6, 0), await CountsAsync(star));

        var repair = await Store.ReconcileCountersAsync(repair: true, CountsCancellation);

        Assert.Equal((star, 6L, 1L), repair.Drift.Select(d => (d.UserId, d.StoredFollowers, d.ActualFollowers)).Single());
        Assert.Equal((1, 0), await CountsAsync(star));
        Assert.Equal((1L, 0L), (await AnnouncedSumsAsync())[star]);
        Assert.Equal(FollowCountShards.Count, (await AnnouncedAsync()).Where(e => e.UserId == star).Select(e => e.Shard).Distinct().Count());
        Assert.Empty((await Store.ReconcileCountersAsync(repair: false, CountsCancellation)).Drift);
    }

    /// <summary>Every shard announcement published so far, oldest first.</summary>
    private async Task<List<FollowCountsShardChanged>> AnnouncedAsync() =>
        [.. (await Outbox.ReadPendingAsync(int.MaxValue, CountsCancellation)).Select(EventTypes.Deserialize).OfType<FollowCountsShardChanged>()];

    /// <summary>
    /// What a consumer that keeps the newest version of each shard sums to, per user. Each shard's versions are
    /// distinct: two announcements of one shard at one version would leave the consumer to pick one by arrival.
    /// </summary>
    private async Task<Dictionary<Guid, (long Followers, long Following)>> AnnouncedSumsAsync()
    {
        var announced = await AnnouncedAsync();
        Assert.Equal(announced.Count, announced.Select(e => (e.UserId, e.Shard, e.Version)).Distinct().Count());
        return announced
            .GroupBy(e => (e.UserId, e.Shard))
            .Select(shard => shard.MaxBy(e => e.Version)!)
            .GroupBy(e => e.UserId)
            .ToDictionary(user => user.Key, user => (user.Sum(e => e.Followers), user.Sum(e => e.Following)));
    }
}

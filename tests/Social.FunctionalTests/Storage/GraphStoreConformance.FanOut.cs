using Social.Graph.Domain.Edges;
using Social.KnownUsers;

namespace Social.FunctionalTests.Storage;

/// <summary>Deletions and accounts going public, carried out a bounded batch per transaction.</summary>
public abstract partial class GraphStoreConformance
{
    private static CancellationToken FanOutCancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_deleted_users_edges_go_a_bounded_batch_at_a_time_and_every_count_ends_right()
    {
        var stepwise = new GraphUnderTest(Store.Adapter, Clock, fanOutBatchSize: 2);
        var gone = await NewUserAsync();
        var followees = new[] { await NewUserAsync(), await NewUserAsync(), await NewUserAsync() };
        var followers = new[] { await NewUserAsync(), await NewUserAsync(), await NewUserAsync() };
        var blocked = await NewUserAsync();
        var muter = await NewUserAsync();
        foreach (var followee in followees)
        {
            await Store.FollowAsync(gone, followee, FanOutCancellation);
        }

        foreach (var follower in followers)
        {
            await Store.FollowAsync(follower, gone, FanOutCancellation);
        }

        await Store.BlockAsync(gone, blocked, FanOutCancellation);
        await Store.MuteAsync(muter, gone, null, FanOutCancellation);

        Assert.True(await stepwise.RemoveUserAsync(gone, Receipt(), FanOutCancellation, carryOut: false));
        Assert.Null(await Store.FindUserAsync(gone, FanOutCancellation));

        // The first batch handles two of the three it followed, and nothing else.
        Assert.True(await stepwise.FanOut.RunBatchAsync(FanOutCancellation));
        var followeeCounts = await Task.WhenAll(followees.Select(CountsAsync));
        Assert.Equal(2, followeeCounts.Count(c => c == (0, 0)));
        Assert.Equal(1, followeeCounts.Count(c => c == (1, 0)));
        Assert.All(followers, follower => Assert.Equal((0, 1), CountsAsync(follower).Result));

        var batches = 1;
        while (await stepwise.FanOut.RunBatchAsync(FanOutCancellation))
        {
            batches++;
        }

        // Followees: 2 + 1, followers: 2 + 1, the block and the mute: 1, the counts row: 1.
        Assert.Equal(6, batches);
        Assert.All(followees, followee => Assert.Equal((0, 0), CountsAsync(followee).Result));
        Assert.All(followers, follower => Assert.Equal((0, 0), CountsAsync(follower).Result));
        Assert.All(followers, follower => Assert.Empty(AllAsync(EdgeList.Following, follower).Result));
        Assert.Empty(await AllAsync(EdgeList.Blocks, gone));
        Assert.Empty(await AllAsync(EdgeList.Mutes, muter));
        Assert.Equal((-1, -1), await CountsAsync(gone));
        Assert.False(await stepwise.FanOut.RunBatchAsync(FanOutCancellation));
    }

    [Fact]
    public async Task Going_public_accepts_waiting_requests_a_batch_at_a_time_and_stops_if_private_again()
    {
        var stepwise = new GraphUnderTest(Store.Adapter, Clock, fanOutBatchSize: 2);
        var bob = await NewUserAsync();
        var fans = new[] { await NewUserAsync(), await NewUserAsync(), await NewUserAsync(), await NewUserAsync(), await NewUserAsync() };
        await SetPrivateAsync(bob, true);
        foreach (var fan in fans)
        {
            await Store.FollowAsync(fan, bob, FanOutCancellation);
        }

        await stepwise.ApplySettingsAsync(UserSettings.DefaultsFor(bob) with { IsPrivate = false, ChangedAt = Clock.GetUtcNow() }, Receipt(), FanOutCancellation, carryOut: false);
        Assert.True(await stepwise.FanOut.RunBatchAsync(FanOutCancellation));

        // Oldest requests first.
        Assert.Equal(fans[..2].Order(), (await AllAsync(EdgeList.Followers, bob)).Order());
        Assert.Equal(fans[2..].Order(), (await AllAsync(EdgeList.FollowRequests, bob)).Order());
        Assert.Equal((2, 0), await CountsAsync(bob));

        await stepwise.ApplySettingsAsync(UserSettings.DefaultsFor(bob) with { IsPrivate = true, ChangedAt = Clock.GetUtcNow() }, Receipt(), FanOutCancellation, carryOut: false);
        Assert.True(await stepwise.FanOut.RunBatchAsync(FanOutCancellation));
        Assert.False(await stepwise.FanOut.RunBatchAsync(FanOutCancellation));

        Assert.Equal(3, (await AllAsync(EdgeList.FollowRequests, bob)).Count);
        Assert.Equal((2, 0), await CountsAsync(bob));
    }
}

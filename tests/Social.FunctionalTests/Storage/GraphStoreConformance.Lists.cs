using Social.Graph.Domain.Edges;

namespace Social.FunctionalTests.Storage;

/// <summary>Lists: newest first, cursor pages that stay stable while edges arrive, counters against a random model.</summary>
public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task A_list_read_page_by_page_while_new_follows_arrive_has_no_duplicates_and_misses_none_that_existed()
    {
        var star = await NewUserAsync("star");
        var existing = new List<Guid>();
        for (var i = 0; i < 23; i++)
        {
            var fan = await NewUserAsync();
            await Store.FollowAsync(fan, star, Cancellation);
            existing.Add(fan);
        }

        var seen = new List<Guid>();
        Guid? after = null;
        do
        {
            var page = await Store.ListAsync(EdgeList.Followers, star, star, after, 5, Cancellation);
            seen.AddRange(page.Items.Select(edge => edge.UserId));
            after = page.Next;
            // Between pages, someone new follows: they belong on page one, which the reader is already past.
            await Store.FollowAsync(await NewUserAsync(), star, Cancellation);
        }
        while (after is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Enumerable.Reverse(existing), seen);
    }

    [Fact]
    public async Task Counts_equal_edges_after_thousands_of_random_operations_with_duplicated_events()
    {
        var random = new Random(20301);
        var model = new GraphModel();
        var users = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            users.Add(await NewUserAsync());
        }

        for (var step = 0; step < 2_000; step++)
        {
            var a = users[random.Next(users.Count)];
            var b = users[random.Next(users.Count)];
            if (a == b)
            {
                continue;
            }

            switch (random.Next(100))
            {
                case < 35:
                    await Store.FollowAsync(a, b, Cancellation);
                    model.Follow(a, b);
                    break;
                case < 50:
                    await Store.UnfollowAsync(a, b, Cancellation);
                    model.Unfollow(a, b);
                    break;
                case < 58:
                    await Store.AcceptRequestAsync(a, b, Cancellation);
                    model.Accept(a, b);
                    break;
                case < 62:
                    await Store.DeclineRequestAsync(a, b, Cancellation);
                    model.Decline(a, b);
                    break;
                case < 66:
                    await Store.RemoveFollowerAsync(a, b, Cancellation);
                    model.Unfollow(b, a);
                    break;
                case < 72:
                    await Store.BlockAsync(a, b, Cancellation);
                    model.Block(a, b);
                    break;
                case < 78:
                    await Store.UnblockAsync(a, b, Cancellation);
                    model.Unblock(a, b);
                    break;
                case < 98:
                {
                    // A settings event, delivered twice: the second delivery must change nothing.
                    var isPrivate = random.Next(2) == 0;
                    var receipt = Receipt();
                    await SetPrivateAsync(a, isPrivate, receipt);
                    await SetPrivateAsync(a, !isPrivate, receipt);
                    model.SetPrivate(a, isPrivate);
                    break;
                }

                default:
                {
                    if (users.Count <= 12)
                    {
                        break;
                    }

                    // An account deletion, delivered twice.
                    var receipt = Receipt();
                    await Store.RemoveUserAsync(a, receipt, Cancellation);
                    await Store.RemoveUserAsync(a, receipt, Cancellation);
                    model.Delete(a);
                    users.Remove(a);
                    break;
                }
            }
        }

        foreach (var user in users)
        {
            var followers = await AllAsync(EdgeList.Followers, user, pageSize: 7);
            var following = await AllAsync(EdgeList.Following, user, pageSize: 7);
            Assert.Equal(model.FollowersOf(user).Order(), followers.Order());
            Assert.Equal(model.FollowingOf(user).Order(), following.Order());
            Assert.Equal(model.RequestsTo(user).Order(), (await AllAsync(EdgeList.FollowRequests, user)).Order());
            Assert.Equal((followers.Count, following.Count), await CountsAsync(user));
        }

        var reconciliation = await Store.ReconcileCountersAsync(repair: false, Cancellation);
        Assert.Equal(users.Count, reconciliation.UsersChecked);
        Assert.Empty(reconciliation.Drift);
    }
}

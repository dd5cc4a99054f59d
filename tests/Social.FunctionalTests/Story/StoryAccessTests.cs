using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Story;

/// <summary>
/// Who may see a story and act on it, from the wrong user's side, with Graph's real answers: audiences, the hide-from
/// list, blocks either way, private accounts, mutes, and what only the owner may do.
/// </summary>
public sealed class StoryAccessTests(StorySuiteFixture suite) : StoryApiTestBase(suite)
{
    [Fact]
    public async Task Each_audience_reaches_whom_it_names_and_nobody_on_the_hide_from_list()
    {
        var ana = await Graph.NewUserAsync("sa");
        var (stranger, follower, mutual, friend, hidden) =
            (await Graph.NewUserAsync("sa"), await Graph.NewUserAsync("sa"), await Graph.NewUserAsync("sa"), await Graph.NewUserAsync("sa"), await Graph.NewUserAsync("sa"));
        foreach (var user in new[] { follower, mutual, friend, hidden })
        {
            await Graph.FollowAsync(user, ana);
        }

        await Graph.FollowAsync(ana, mutual);
        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/close-friends/{friend.Id}", ana);
        var forFollowers = await Api.PostAsync(ana, "followers", hidden);
        var forMutuals = await Api.PostAsync(ana, "mutuals");
        var forFriends = await Api.PostAsync(ana, "closeFriends");
        var forEveryone = await Api.PostAsync(ana, "everyone", hidden);

        async Task<HttpStatusCode[]> Sees(TestUser user) =>
            [.. await Task.WhenAll(new[] { forFollowers, forMutuals, forFriends, forEveryone }.Select(id => Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{id}", user)))];
        const HttpStatusCode ok = HttpStatusCode.OK, no = HttpStatusCode.NotFound;
        Assert.Equal([no, no, no, ok], await Sees(stranger));
        Assert.Equal([ok, no, no, ok], await Sees(follower));
        Assert.Equal([ok, ok, no, ok], await Sees(mutual));
        Assert.Equal([ok, no, ok, ok], await Sees(friend));
        Assert.Equal([no, no, no, no], await Sees(hidden));
        Assert.Equal([ok, ok, ok, ok], await Sees(ana));

        Assert.Equal([forEveryone], await Api.IdsAsync($"/api/v1/users/{ana.Id}/stories", stranger));
        Assert.Equal([forFollowers, forFriends, forEveryone], await Api.IdsAsync($"/api/v1/users/{ana.Id}/stories", friend));
        Assert.Empty(await Api.IdsAsync($"/api/v1/users/{ana.Id}/stories", hidden));
        Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Post, $"/api/v1/stories/{forFollowers}:seen", hidden));
        Assert.Equal(0, await Api.CountAsync("story_views", "viewer_id = $id", hidden.Id));
    }

    [Fact]
    public async Task Blocked_either_way_the_stories_do_not_exist_even_those_already_seen_and_the_viewer_list_drops_them()
    {
        var ana = await Graph.NewUserAsync("sb");
        var bob = await Graph.NewUserAsync("sb");
        await Graph.FollowAsync(bob, ana);
        await Graph.FollowAsync(ana, bob);
        var anas = await Api.PostAsync(ana, "everyone");
        var bobs = await Api.PostAsync(bob, "everyone");
        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{anas}:seen", bob);
        await Api.JsonAsync(HttpMethod.Put, $"/api/v1/stories/{anas}/like", bob);
        Assert.Single(await Api.IdsAsync($"/api/v1/stories/{anas}/viewers", ana, "seenAt"));

        Assert.Equal(HttpStatusCode.OK, (await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana)).StatusCode);

        foreach (var (user, story, owner) in new[] { (bob, anas, ana), (ana, bobs, bob) })
        {
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", user));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Post, $"/api/v1/stories/{story}:seen", user));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Put, $"/api/v1/stories/{story}/like", user));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Post, $"/api/v1/stories/{story}/replies", user, """{"text":"hi","clientMessageId":"b-1"}"""));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/users/{owner.Id}/stories", user));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/users/{owner.Id}/highlights", user));
            Assert.Empty(await Api.TrayAsync(user));
        }

        Assert.Empty(await Api.IdsAsync($"/api/v1/stories/{anas}/viewers", ana, "seenAt"));
        // The block's event removes the view itself, so an unblock brings nothing back.
        await Eventually.ReturnsAsync(
            () => Api.CountAsync("story_views", "viewer_id = $id", bob.Id), count => count == 0, TimeSpan.FromSeconds(30), "Story to apply the block");
    }

    [Fact]
    public async Task A_private_accounts_stories_are_for_approved_followers_and_a_stranger_is_told_it_is_private()
    {
        var ana = await Graph.NewUserAsync("sp");
        var stranger = await Graph.NewUserAsync("sp");
        var follower = await Graph.NewUserAsync("sp");
        await Graph.FollowAsync(follower, ana);
        var story = await Api.PostAsync(ana, "everyone");
        await Graph.SetPrivateAsync(ana, true);
        // Story applies the setting from Profile's event, a moment later.
        await Eventually.ReturnsAsync(
            () => Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", stranger), status => status == HttpStatusCode.Forbidden, TimeSpan.FromSeconds(30),
            "Story to apply the private setting");

        var list = await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/stories", stranger);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("private_account", await EngagementApi.ReasonAsync(list));
        Assert.Equal(HttpStatusCode.Forbidden, await Api.StatusAsync(HttpMethod.Put, $"/api/v1/stories/{story}/like", stranger));
        Assert.Equal(HttpStatusCode.Forbidden, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/highlights", stranger));
        Assert.Equal(0, await Api.CountAsync("story_views", "viewer_id = $id", stranger.Id));

        Assert.Equal(HttpStatusCode.OK, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", follower));
        Assert.Equal([ana.Id], await Api.TrayAsync(follower));
    }

    [Fact]
    public async Task A_muted_users_stories_leave_the_tray_but_stay_reachable_directly()
    {
        var viewer = await Graph.NewUserAsync("sm");
        var muted = await Graph.NewUserAsync("sm");
        var other = await Graph.NewUserAsync("sm");
        await Graph.FollowAsync(viewer, muted);
        await Graph.FollowAsync(viewer, other);
        var story = await Api.PostAsync(muted);
        await Api.PostAsync(other);
        Assert.Equal([other.Id, muted.Id], await Api.TrayAsync(viewer));

        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/mutes/{muted.Id}", viewer);

        Assert.Equal([other.Id], await Api.TrayAsync(viewer));
        Assert.Equal(HttpStatusCode.OK, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", viewer));
        Assert.Equal([story], await Api.IdsAsync($"/api/v1/users/{muted.Id}/stories", viewer));
    }

    [Fact]
    public async Task Only_the_owner_deletes_a_story_or_lists_its_viewers_and_nobody_likes_or_replies_to_their_own()
    {
        var ana = await Graph.NewUserAsync("so");
        var bob = await Graph.NewUserAsync("so");
        var story = await Api.PostAsync(ana, "everyone");

        Assert.Equal(HttpStatusCode.Forbidden, await Api.StatusAsync(HttpMethod.Delete, $"/api/v1/stories/{story}", bob));
        Assert.Equal(HttpStatusCode.Forbidden, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}/viewers", bob));
        var ownLike = await Api.SendAsync(HttpMethod.Put, $"/api/v1/stories/{story}/like", ana);
        Assert.Equal(HttpStatusCode.Forbidden, ownLike.StatusCode);
        Assert.Equal("own_story", await EngagementApi.ReasonAsync(ownLike));
        Assert.Equal(HttpStatusCode.Forbidden, await Api.StatusAsync(HttpMethod.Post, $"/api/v1/stories/{story}/replies", ana, """{"text":"me","clientMessageId":"o-1"}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/stories/{story}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", ana));

        Assert.Equal(HttpStatusCode.OK, await Api.StatusAsync(HttpMethod.Delete, $"/api/v1/stories/{story}", ana));
        Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", bob));
    }

    [Fact]
    public async Task A_deleted_account_takes_its_stories_and_views_with_it()
    {
        var ana = await Graph.NewUserAsync("sd");
        var bob = await Graph.NewUserAsync("sd");
        var story = await Api.PostAsync(ana, "everyone");
        var bobs = await Api.PostAsync(bob, "everyone");
        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{bobs}:seen", ana);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me");
        delete.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ana.Token);
        (await Services.Profile.CreateClient().SendAsync(delete, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        await Eventually.ReturnsAsync(
            () => Api.CountAsync("stories", "owner_id = $id", ana.Id), count => count == 0, TimeSpan.FromSeconds(30), "Story to apply the deletion");
        Assert.Equal(0, await Api.CountAsync("story_views", "viewer_id = $id", ana.Id));
        Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", bob));
    }
}

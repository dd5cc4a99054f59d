using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Engagement;

/// <summary>
/// Who may see and like content, from the wrong user's side, with Graph's real answers: blocks either way, private
/// accounts, audiences; and what a block or a deleted account takes away.
/// </summary>
public sealed class ContentAccessTests(EngagementSuiteFixture suite) : EngagementApiTestBase(suite)
{
    [Fact]
    public async Task Blocked_either_way_the_content_and_its_owners_list_do_not_exist_and_nothing_is_written()
    {
        var ana = await Graph.NewUserAsync("ea");
        var bob = await Graph.NewUserAsync("ea");
        var id = await Api.PostAsync(ana);
        var bobs = await Api.PostAsync(bob);
        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);

        foreach (var (user, item, owner) in new[] { (bob, id, ana), (ana, bobs, bob) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/like", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}/likes", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{item}", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{owner.Id}/content", user)).StatusCode);
        }

        Assert.Equal(0, await Api.LikesCountAsync(ana, id));
        Assert.Equal(0, await Api.LikesCountAsync(bob, bobs));
    }

    [Fact]
    public async Task A_private_accounts_content_is_for_approved_followers_and_a_stranger_is_told_it_is_private()
    {
        var ana = await Graph.NewUserAsync("ea");
        var stranger = await Graph.NewUserAsync("ea");
        var follower = await Graph.NewUserAsync("ea");
        var id = await Api.PostAsync(ana);
        await Graph.FollowAsync(follower, ana);
        await Graph.SetPrivateAsync(ana, true);
        // Engagement applies the setting from Profile's event, a moment later.
        await Eventually.ReturnsAsync(
            async () => (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}", stranger)).StatusCode,
            status => status == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(30),
            "Engagement to apply the private setting");

        var like = await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{id}/like", stranger);
        Assert.Equal(HttpStatusCode.Forbidden, like.StatusCode);
        Assert.Equal("private_account", await EngagementApi.ReasonAsync(like));
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", stranger)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}/likes", stranger)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}", follower)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{id}/like", follower)).StatusCode);
        Assert.Equal(1, await Api.LikesCountAsync(ana, id));
    }

    [Fact]
    public async Task Audiences_leave_out_whoever_they_do_not_name_and_only_the_owner_deletes()
    {
        var ana = await Graph.NewUserAsync("ea");
        var stranger = await Graph.NewUserAsync("ea");
        var follower = await Graph.NewUserAsync("ea");
        var mutual = await Graph.NewUserAsync("ea");
        await Graph.FollowAsync(follower, ana);
        await Graph.FollowAsync(mutual, ana);
        await Graph.FollowAsync(ana, mutual);
        var forFollowers = await Api.PostAsync(ana, "followers");
        var forMutuals = await Api.PostAsync(ana, "mutuals");
        var forMe = await Api.PostAsync(ana, "onlyMe");
        var open = await Api.PostAsync(ana);

        async Task<HttpStatusCode> Get(TestUser user, string item) => (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", user)).StatusCode;
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [await Get(stranger, forFollowers), await Get(stranger, forMutuals), await Get(stranger, forMe)]);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [await Get(follower, forFollowers), await Get(follower, forMutuals), await Get(follower, forMe)]);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound], [await Get(mutual, forFollowers), await Get(mutual, forMutuals), await Get(mutual, forMe)]);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{forFollowers}/like", stranger)).StatusCode);

        async Task<int> Listed(TestUser user) =>
            (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", user))).GetProperty("items").GetArrayLength();
        Assert.Equal((1, 2, 3, 4), (await Listed(stranger), await Listed(follower), await Listed(mutual), await Listed(ana)));

        var refused = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{open}", stranger);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{forMe}", follower)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await Get(stranger, open));
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{open}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await Get(ana, open));
    }

    [Fact]
    public async Task A_block_takes_the_blocked_users_likes_off_the_blockers_content_and_the_profile_count_follows()
    {
        var ana = await Graph.NewUserAsync("ea");
        var bob = await Graph.NewUserAsync("ea");
        var carl = await Graph.NewUserAsync("ea");
        var anas = await Api.PostAsync(ana);
        var carls = await Api.PostAsync(carl);
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{anas}/like", bob);
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{anas}/like", carl);
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{carls}/like", bob);
        await Api.ProfileLikesReachAsync(ana, 2);

        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);

        await Eventually.ReturnsAsync(() => Api.LikesCountAsync(ana, anas), likes => likes == 1, TimeSpan.FromSeconds(30), "the block to remove bob's like");
        var likers = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{anas}/likes", ana))).GetProperty("items");
        Assert.Equal([carl.Id], likers.EnumerateArray().Select(l => l.GetProperty("userId").GetString()));
        Assert.Equal(1, await Api.LikesCountAsync(carl, carls));
        await Api.ProfileLikesReachAsync(ana, 1);
        await Api.ProfileLikesReachAsync(carl, 1);
    }

    [Fact]
    public async Task A_deleted_account_takes_its_content_and_its_likes_everywhere()
    {
        var ana = await Graph.NewUserAsync("ea");
        var bob = await Graph.NewUserAsync("ea");
        var anas = await Api.PostAsync(ana);
        var bobs = await Api.PostAsync(bob);
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{anas}/like", bob);
        await Api.ProfileLikesReachAsync(ana, 1);

        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.DeleteMeAsync(Services.Profile.CreateClient(), bob.Token)).StatusCode);

        await Eventually.ReturnsAsync(() => Api.LikesCountAsync(ana, anas), likes => likes == 0, TimeSpan.FromSeconds(30), "the deletion to remove bob's like");
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{bobs}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{bob.Id}/content", ana)).StatusCode);
        await Api.ProfileLikesReachAsync(ana, 0);
    }
}

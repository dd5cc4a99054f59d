using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Engagement;

/// <summary>
/// Who may see and like content, from the wrong user's side, with Graph's real answers: blocks either way, private
/// accounts, audiences; and what a block or a deleted account takes away.
/// </summary>
public sealed class ContentAccessTests(SharedBroker broker) : IAsyncLifetime
{
    private Suite _suite = null!;
    private GraphApi _graph = null!;
    private EngagementApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node, withEngagement: true);
        _graph = new GraphApi(_suite);
        _api = new EngagementApi(_suite);
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Blocked_either_way_the_content_and_its_owners_list_do_not_exist_and_nothing_is_written()
    {
        var ana = await _graph.NewUserAsync("ea");
        var bob = await _graph.NewUserAsync("ea");
        var id = await _api.PostAsync(ana);
        var bobs = await _api.PostAsync(bob);
        await _graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);

        foreach (var (user, item, owner) in new[] { (bob, id, ana), (ana, bobs, bob) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/like", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}/likes", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{item}", user)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{owner.Id}/content", user)).StatusCode);
        }

        Assert.Equal(0, await _api.LikesCountAsync(ana, id));
        Assert.Equal(0, await _api.LikesCountAsync(bob, bobs));
    }

    [Fact]
    public async Task A_private_accounts_content_is_for_approved_followers_and_a_stranger_is_told_it_is_private()
    {
        var ana = await _graph.NewUserAsync("ea");
        var stranger = await _graph.NewUserAsync("ea");
        var follower = await _graph.NewUserAsync("ea");
        var id = await _api.PostAsync(ana);
        await _graph.FollowAsync(follower, ana);
        await _graph.SetPrivateAsync(ana, true);
        // Engagement applies the setting from Profile's event, a moment later.
        await Eventually.ReturnsAsync(
            async () => (await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}", stranger)).StatusCode,
            status => status == HttpStatusCode.Forbidden,
            TimeSpan.FromSeconds(30),
            "Engagement to apply the private setting");

        var like = await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{id}/like", stranger);
        Assert.Equal(HttpStatusCode.Forbidden, like.StatusCode);
        Assert.Equal("private_account", await EngagementApi.ReasonAsync(like));
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", stranger)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}/likes", stranger)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}", follower)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{id}/like", follower)).StatusCode);
        Assert.Equal(1, await _api.LikesCountAsync(ana, id));
    }

    [Fact]
    public async Task Audiences_leave_out_whoever_they_do_not_name_and_only_the_owner_deletes()
    {
        var ana = await _graph.NewUserAsync("ea");
        var stranger = await _graph.NewUserAsync("ea");
        var follower = await _graph.NewUserAsync("ea");
        var mutual = await _graph.NewUserAsync("ea");
        await _graph.FollowAsync(follower, ana);
        await _graph.FollowAsync(mutual, ana);
        await _graph.FollowAsync(ana, mutual);
        var forFollowers = await _api.PostAsync(ana, "followers");
        var forMutuals = await _api.PostAsync(ana, "mutuals");
        var forMe = await _api.PostAsync(ana, "onlyMe");
        var open = await _api.PostAsync(ana);

        async Task<HttpStatusCode> Get(TestUser user, string item) => (await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", user)).StatusCode;
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [await Get(stranger, forFollowers), await Get(stranger, forMutuals), await Get(stranger, forMe)]);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [await Get(follower, forFollowers), await Get(follower, forMutuals), await Get(follower, forMe)]);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound], [await Get(mutual, forFollowers), await Get(mutual, forMutuals), await Get(mutual, forMe)]);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{forFollowers}/like", stranger)).StatusCode);

        async Task<int> Listed(TestUser user) =>
            (await EngagementApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", user))).GetProperty("items").GetArrayLength();
        Assert.Equal((1, 2, 3, 4), (await Listed(stranger), await Listed(follower), await Listed(mutual), await Listed(ana)));

        var refused = await _api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{open}", stranger);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{forMe}", follower)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await Get(stranger, open));
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{open}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await Get(ana, open));
    }

    [Fact]
    public async Task A_block_takes_the_blocked_users_likes_off_the_blockers_content_and_the_profile_count_follows()
    {
        var ana = await _graph.NewUserAsync("ea");
        var bob = await _graph.NewUserAsync("ea");
        var carl = await _graph.NewUserAsync("ea");
        var anas = await _api.PostAsync(ana);
        var carls = await _api.PostAsync(carl);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{anas}/like", bob);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{anas}/like", carl);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{carls}/like", bob);
        await _api.ProfileLikesReachAsync(ana, 2);

        await _graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);

        await Eventually.ReturnsAsync(() => _api.LikesCountAsync(ana, anas), likes => likes == 1, TimeSpan.FromSeconds(30), "the block to remove bob's like");
        var likers = (await EngagementApi.ReadAsync(await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{anas}/likes", ana))).GetProperty("items");
        Assert.Equal([carl.Id], likers.EnumerateArray().Select(l => l.GetProperty("userId").GetString()));
        Assert.Equal(1, await _api.LikesCountAsync(carl, carls));
        await _api.ProfileLikesReachAsync(ana, 1);
        await _api.ProfileLikesReachAsync(carl, 1);
    }

    [Fact]
    public async Task A_deleted_account_takes_its_content_and_its_likes_everywhere()
    {
        var ana = await _graph.NewUserAsync("ea");
        var bob = await _graph.NewUserAsync("ea");
        var anas = await _api.PostAsync(ana);
        var bobs = await _api.PostAsync(bob);
        await _api.SendAsync(HttpMethod.Put, $"/api/v1/content/{anas}/like", bob);
        await _api.ProfileLikesReachAsync(ana, 1);

        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.DeleteMeAsync(_suite.Profile.CreateClient(), bob.Token)).StatusCode);

        await Eventually.ReturnsAsync(() => _api.LikesCountAsync(ana, anas), likes => likes == 0, TimeSpan.FromSeconds(30), "the deletion to remove bob's like");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/content/{bobs}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.SendAsync(HttpMethod.Get, $"/api/v1/users/{bob.Id}/content", ana)).StatusCode);
        await _api.ProfileLikesReachAsync(ana, 0);
    }
}

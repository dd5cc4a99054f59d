using System.Net;
using System.Text.Json;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Engagement;

/// <summary>Tags and caption mentions through Engagement's JSON API with Graph's and Profile's real answers, from the right and the wrong side.</summary>
public sealed class TagApiTests(EngagementSuiteFixture suite) : EngagementApiTestBase(suite)
{
    [Fact]
    public async Task Tags_and_caption_mentions_show_on_the_item_and_a_tagged_user_finds_it_and_removes_their_tag()
    {
        var ana = await Graph.NewUserAsync("et");
        var bob = await Graph.NewUserAsync("et");
        var body = JsonSerializer.Serialize(new { mediaUrl = "https://cdn.example.com/v.mp4", caption = $"with @{bob.Handle}", tags = new[] { bob.Id } });

        var created = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await EngagementApi.ReadAsync(created);
        var item = view.GetProperty("contentId").GetString()!;
        Assert.Equal([(bob.Id, bob.Handle)], Tags(view));
        var mention = Assert.Single(view.GetProperty("mentions").EnumerateArray());
        Assert.Equal((bob.Id, 5, bob.Handle.Length + 1), (mention.GetProperty("userId").GetString(), mention.GetProperty("start").GetInt32(), mention.GetProperty("length").GetInt32()));
        Assert.Equal([(bob.Id, bob.Handle)], Tags(await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", bob))));
        Assert.Equal([item], await TaggedAsync(bob, bob));

        var removed = await Api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{item}/tags/{bob.Id}", bob);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.False((await EngagementApi.ReadAsync(removed)).GetProperty("tagged").GetBoolean());
        Assert.Empty(await TaggedAsync(bob, ana));
        Assert.Empty(Tags(await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", ana))));
    }

    [Fact]
    public async Task Who_can_tag_set_at_profile_refuses_a_tag_silently_and_nothing_is_written()
    {
        var ana = await Graph.NewUserAsync("et");
        var shy = await Graph.NewUserAsync("et");
        var probeItem = await Api.PostAsync(ana);
        var item = await Api.PostAsync(ana);

        await Api.SetSettingsAsync(shy, """{"whoCanTag":"nobody"}""", async () =>
        {
            var probe = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{probeItem}/tags/{shy.Id}", ana));
            return !probe.GetProperty("tagged").GetBoolean();
        });
        var me = await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(Services.Profile.CreateClient(), shy.Token));
        Assert.Equal("nobody", me.GetProperty("settings").GetProperty("whoCanTag").GetString());

        var refused = await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/tags/{shy.Id}", ana);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False((await EngagementApi.ReadAsync(refused)).GetProperty("tagged").GetBoolean());
        Assert.Empty(Tags(await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", ana))));
        // Probes answered before Engagement applied the setting tagged the probe item; nothing else is there.
        Assert.All(await TaggedAsync(shy, shy), tagged => Assert.Equal(probeItem, tagged));
    }

    [Fact]
    public async Task Only_the_owner_tags_and_the_blocked_and_the_private_find_nothing_to_tag_or_list()
    {
        var ana = await Graph.NewUserAsync("et");
        var bob = await Graph.NewUserAsync("et");
        var stranger = await Graph.NewUserAsync("et");
        var blocked = await Graph.NewUserAsync("et");
        var item = await Api.PostAsync(ana);
        Assert.True((await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/tags/{bob.Id}", ana))).GetProperty("tagged").GetBoolean());
        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{blocked.Id}", ana);

        var notYours = await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/tags/{stranger.Id}", stranger);
        Assert.Equal(HttpStatusCode.Forbidden, notYours.StatusCode);
        Assert.Equal("permission_denied", await EngagementApi.ReasonAsync(notYours));
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{item}/tags/{bob.Id}", stranger)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/tags/{blocked.Id}", blocked)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/tagged", blocked)).StatusCode);
        Assert.Empty(await TaggedAsync(bob, blocked));

        await Graph.SetPrivateAsync(bob, true);
        var privateList = await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{bob.Id}/tagged", stranger);
        Assert.Equal(HttpStatusCode.Forbidden, privateList.StatusCode);
        Assert.Equal("private_account", await EngagementApi.ReasonAsync(privateList));
        Assert.Equal([item], await TaggedAsync(bob, bob));
    }

    [Fact]
    public async Task Bad_tag_input_is_refused_and_nothing_is_written()
    {
        var ana = await Graph.NewUserAsync("et");
        var item = await Api.PostAsync(ana);
        var tooMany = JsonSerializer.Serialize(new { mediaUrl = "https://cdn.example.com/v.mp4", tags = Enumerable.Range(0, 21).Select(_ => Guid.CreateVersion7().ToString()) });
        var badId = JsonSerializer.Serialize(new { mediaUrl = "https://cdn.example.com/v.mp4", tags = new[] { "not-a-user" } });

        foreach (var (method, path, body, field) in new[]
        {
            (HttpMethod.Post, "/api/v1/content", tooMany, "tags"),
            (HttpMethod.Post, "/api/v1/content", badId, "tags"),
            (HttpMethod.Put, $"/api/v1/content/{item}/tags/not-a-user", null, "userId"),
            (HttpMethod.Put, $"/api/v1/content/not-content/tags/{ana.Id}", null, "contentId"),
            (HttpMethod.Get, $"/api/v1/users/{ana.Id}/tagged?cursor=garbage", null, "cursor"),
        })
        {
            var response = await Api.SendAsync(method, path, ana, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal([field], await EngagementApi.FieldsAsync(response));
        }

        var mine = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", ana));
        Assert.Equal([item], mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("contentId").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/tags/{Guid.CreateVersion7()}", ana)).StatusCode);
    }

    [Fact]
    public async Task A_block_throughGraph_takes_the_blocked_users_tag_off_the_blockers_item()
    {
        var ana = await Graph.NewUserAsync("et");
        var bob = await Graph.NewUserAsync("et");
        var item = await Api.PostAsync(ana);
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/tags/{bob.Id}", ana);

        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana);
        Assert.True((await Graph.SendAsync(HttpMethod.Delete, $"/api/v1/me/blocks/{bob.Id}", ana)).IsSuccessStatusCode);

        // Unblocked, the pair sees each other again, so only a removed tag reads as gone; unblocking restores nothing.
        await Eventually.ReturnsAsync(
            async () => Tags(await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", ana))),
            tags => tags.Count == 0,
            TimeSpan.FromSeconds(30),
            "Engagement to apply the block");
        Assert.Empty(await TaggedAsync(bob, bob));
    }

    private static List<(string?, string?)> Tags(JsonElement view) =>
        [.. view.GetProperty("tags").EnumerateArray().Select(t => (t.GetProperty("userId").GetString(), t.GetProperty("handle").GetString()))];

    /// <summary>The items <paramref name="user"/> is tagged in that <paramref name="viewer"/> may see (first page).</summary>
    private async Task<List<string?>> TaggedAsync(TestUser user, TestUser viewer)
    {
        var response = await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{user.Id}/tagged", viewer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await EngagementApi.ReadAsync(response)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("contentId").GetString())];
    }
}

using System.Net;
using System.Text.Json;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Story;

/// <summary>Posting and reading stories, the tray, views and private likes through the API; every bad input refused with nothing written.</summary>
public sealed class StoryApiTests(StorySuiteFixture suite) : StoryApiTestBase(suite)
{
    public static TheoryData<string, string, string> BadStories => new()
    {
        { """{"mediaUrl":"http://cdn.example.com/s.jpg"}""", "", "mediaUrl" },
        { """{"caption":"no media"}""", "", "mediaUrl" },
        { """{"mediaUrl":"https://cdn.example.com/s.jpg","audience":"onlyMe"}""", "", "audience" },
        { $$"""{"mediaUrl":"https://cdn.example.com/s.jpg","caption":"{{new string('a', 2201)}}"}""", "", "caption" },
        { """{"mediaUrl":"https://cdn.example.com/s.jpg","hideFrom":["not-an-id"]}""", "", "hideFrom" },
        { """{"mediaUrl":"https://cdn.example.com/s.jpg"}""", "key with spaces", "Idempotency-Key" },
    };

    [Theory]
    [MemberData(nameof(BadStories))]
    public async Task A_bad_story_is_refused_with_its_field_and_nothing_is_written(string body, string idempotencyKey, string field)
    {
        var ana = await Graph.NewUserAsync("si");

        var response = await Api.SendAsync(HttpMethod.Post, "/api/v1/stories", ana, body, idempotencyKey.Length > 0 ? idempotencyKey : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await EngagementApi.FieldsAsync(response));
        Assert.Equal(0, await Api.CountAsync("stories", "owner_id = $id", ana.Id));
    }

    [Theory]
    [InlineData("GET", "/api/v1/stories/not-an-id", null, "storyId")]
    [InlineData("GET", "/api/v1/stories:tray?limit=101", null, "limit")]
    [InlineData("GET", "/api/v1/stories:tray?cursor=bm9wZQ", null, "cursor")]
    [InlineData("GET", "/api/v1/me/stories:archive?cursor=bm9wZQ", null, "cursor")]
    [InlineData("POST", "/api/v1/me/highlights", """{"title":"  ","storyIds":[]}""", "title")]
    [InlineData("POST", "/api/v1/me/highlights", """{"title":"Mine","storyIds":["01890000-0000-7000-8000-000000000000"]}""", "storyIds")]
    [InlineData("PATCH", "/api/v1/me/highlights/x", """{"title":"New"}""", "highlightId")]
    public async Task Bad_paths_queries_and_bodies_are_refused_with_their_field(string method, string path, string? body, string field)
    {
        var ana = await Graph.NewUserAsync("si");

        var response = await Api.SendAsync(new HttpMethod(method), path, ana, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await EngagementApi.FieldsAsync(response));
        Assert.Equal(0, await Api.CountAsync("highlights", "owner_id = $id", ana.Id));
    }

    [Fact]
    public async Task Bad_replies_are_refused_with_their_fields_and_nothing_is_sent()
    {
        var ana = await Graph.NewUserAsync("si");
        var bob = await Graph.NewUserAsync("si");
        var story = await Api.PostAsync(ana, "everyone");

        foreach (var (body, field) in new[]
        {
            ("""{"clientMessageId":"r-1"}""", "text"),
            ("""{"text":"   ","clientMessageId":"r-1"}""", "text"),
            ("""{"text":"hi"}""", "clientMessageId"),
            ($$"""{"text":"{{new string('a', 2001)}}","clientMessageId":"r-1"}""", "text"),
        })
        {
            var response = await Api.SendAsync(HttpMethod.Post, $"/api/v1/stories/{story}/replies", bob, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await EngagementApi.FieldsAsync(response));
        }

        Assert.Empty(await Messaging.ListAsync(ana, "requests"));
        Assert.Empty(await Messaging.ListAsync(ana));
        Assert.Equal(0, await Api.CountAsync("story_replies", "replier_id = $id", bob.Id));
    }

    [Fact]
    public async Task A_post_is_created_once_per_idempotency_key_and_shown_to_its_owner_with_the_hide_from_list()
    {
        var ana = await Graph.NewUserAsync("sk");
        var hidden = await Graph.NewUserAsync("sk");
        var body = $$"""{"mediaUrl":"https://cdn.example.com/s.jpg","hideFrom":["{{hidden.Id}}"]}""";

        var first = await Api.SendAsync(HttpMethod.Post, "/api/v1/stories", ana, body, "post-1");
        var retry = await Api.SendAsync(HttpMethod.Post, "/api/v1/stories", ana, body, "post-1");
        var reused = await Api.SendAsync(HttpMethod.Post, "/api/v1/stories", ana, """{"mediaUrl":"https://cdn.example.com/other.jpg"}""", "post-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("idempotency_key_reused", await EngagementApi.ReasonAsync(reused));
        var story = await ProfileApi.ReadJsonAsync(first);
        Assert.Equal(story.GetProperty("storyId").GetString(), (await ProfileApi.ReadJsonAsync(retry)).GetProperty("storyId").GetString());
        Assert.Equal("followers", story.GetProperty("audience").GetString());
        Assert.Equal([hidden.Id], story.GetProperty("hideFrom").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, await Api.CountAsync("stories", "owner_id = $id", ana.Id));
    }

    [Fact]
    public async Task The_tray_lists_unseen_first_then_newest_and_seeing_a_user_moves_them_back()
    {
        var viewer = await Graph.NewUserAsync("st");
        var (first, second, third) = (await Graph.NewUserAsync("st"), await Graph.NewUserAsync("st"), await Graph.NewUserAsync("st"));
        foreach (var owner in new[] { first, second, third })
        {
            await Graph.FollowAsync(viewer, owner);
        }

        await Api.PostAsync(first);
        var seconds = await Api.PostAsync(second);
        await Api.PostAsync(third);
        await Api.PostAsync(third);
        Assert.Equal([third.Id, second.Id, first.Id], await Api.TrayAsync(viewer));

        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{seconds}:seen", viewer);
        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{seconds}:seen", viewer);

        var tray = (await Api.JsonAsync(HttpMethod.Get, "/api/v1/stories:tray?limit=2", viewer));
        Assert.Equal([third.Id, first.Id], tray.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("user").GetProperty("userId").GetString()));
        Assert.Equal(2, tray.GetProperty("items")[0].GetProperty("storyCount").GetInt32());
        Assert.Equal(third.Handle, tray.GetProperty("items")[0].GetProperty("user").GetProperty("handle").GetString());
        var next = tray.GetProperty("nextCursor").GetString();
        var rest = await Api.JsonAsync(HttpMethod.Get, $"/api/v1/stories:tray?limit=2&cursor={next}", viewer);
        var last = Assert.Single(rest.GetProperty("items").EnumerateArray());
        Assert.Equal((second.Id, false), (last.GetProperty("user").GetProperty("userId").GetString(), last.GetProperty("hasUnseen").GetBoolean()));
        Assert.False(rest.TryGetProperty("nextCursor", out _));
        Assert.True((await Api.JsonAsync(HttpMethod.Get, $"/api/v1/stories/{seconds}", viewer)).GetProperty("seen").GetBoolean());
    }

    [Fact]
    public async Task Likes_are_private_the_owner_sees_them_in_the_viewer_list_and_no_count_exists()
    {
        var ana = await Graph.NewUserAsync("sl");
        var (bob, cy) = (await Graph.NewUserAsync("sl"), await Graph.NewUserAsync("sl"));
        var story = await Api.PostAsync(ana, "everyone");

        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{story}:seen", bob);
        var liked = await Api.JsonAsync(HttpMethod.Put, $"/api/v1/stories/{story}/like", cy);
        await Api.JsonAsync(HttpMethod.Put, $"/api/v1/stories/{story}/like", cy);

        Assert.Equal("""{"liked":true}""", liked.GetRawText().Replace(" ", "", StringComparison.Ordinal));
        var viewers = (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/stories/{story}/viewers", ana)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([(cy.Id, true), (bob.Id, false)], viewers.Select(v => (v.GetProperty("user").GetProperty("userId").GetString(), v.GetProperty("liked").GetBoolean())));
        Assert.Equal(bob.Handle, viewers[1].GetProperty("user").GetProperty("handle").GetString());
        var asSeen = await Api.JsonAsync(HttpMethod.Get, $"/api/v1/stories/{story}", ana);
        Assert.DoesNotContain(asSeen.EnumerateObject(), p => p.Name.Contains("like", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("count", StringComparison.OrdinalIgnoreCase));

        Assert.False((await Api.JsonAsync(HttpMethod.Delete, $"/api/v1/stories/{story}/like", cy)).GetProperty("liked").GetBoolean());
        Assert.All(
            (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/stories/{story}/viewers", ana)).GetProperty("items").EnumerateArray(),
            v => Assert.False(v.GetProperty("liked").GetBoolean()));
    }
}

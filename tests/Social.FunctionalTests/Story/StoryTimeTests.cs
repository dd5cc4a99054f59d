using System.Net;
using System.Text.Json;

namespace Social.FunctionalTests.Story;

/// <summary>
/// A story's day, with Story's clock moved forward: gone from every live surface once expired, whether or not any job
/// ran; kept in its owner's archive and in highlights.
/// </summary>
public sealed class StoryTimeTests(StorySuiteFixture suite) : StoryApiTestBase(suite)
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Fact]
    public async Task An_expired_story_leaves_every_live_surface_and_appears_in_the_owners_archive_newest_first()
    {
        var ana = await Graph.NewUserAsync("sx");
        var fan = await Graph.NewUserAsync("sx");
        await Graph.FollowAsync(fan, ana);
        var first = await Api.PostAsync(ana);
        var second = await Api.PostAsync(ana);
        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{first}:seen", fan);
        Assert.Empty(await Api.IdsAsync("/api/v1/me/stories:archive", ana));
        var expiresAt = (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/stories/{first}", ana)).GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt - Clock.GetUtcNow(), Day - TimeSpan.FromMinutes(5), Day);

        Clock.Advance(Day);

        foreach (var story in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", fan));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}", ana));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Post, $"/api/v1/stories/{story}:seen", fan));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Get, $"/api/v1/stories/{story}/viewers", ana));
            Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Put, $"/api/v1/stories/{story}/like", fan));
        }

        Assert.Empty(await Api.IdsAsync($"/api/v1/users/{ana.Id}/stories", fan));
        Assert.DoesNotContain(ana.Id, await Api.TrayAsync(fan));
        Assert.Equal([second, first], await Api.IdsAsync("/api/v1/me/stories:archive", ana));
        Assert.Empty(await Api.IdsAsync("/api/v1/me/stories:archive", fan));
        // The owner still deletes an expired story, from the archive.
        Assert.Equal(HttpStatusCode.OK, await Api.StatusAsync(HttpMethod.Delete, $"/api/v1/stories/{first}", ana));
        Assert.Equal([second], await Api.IdsAsync("/api/v1/me/stories:archive", ana));
    }

    [Fact]
    public async Task A_highlight_keeps_expired_stories_on_the_profile_by_each_storys_rules_and_is_edited_by_its_owner()
    {
        var ana = await Graph.NewUserAsync("sh");
        var fan = await Graph.NewUserAsync("sh");
        var stranger = await Graph.NewUserAsync("sh");
        await Graph.FollowAsync(fan, ana);
        var open = await Api.PostAsync(ana, "everyone");
        var forFollowers = await Api.PostAsync(ana);
        var created = await Api.JsonAsync(
            HttpMethod.Post, "/api/v1/me/highlights", ana, JsonSerializer.Serialize(new { title = "Trip", storyIds = new[] { open, forFollowers } }), HttpStatusCode.Created);
        var highlight = created.GetProperty("highlightId").GetString()!;

        Clock.Advance(Day + TimeSpan.FromHours(1));

        async Task<IReadOnlyList<string?>> StoriesSeenBy(Infrastructure.TestUser viewer) =>
            [.. (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/highlights", viewer)).GetProperty("items")[0].GetProperty("stories").EnumerateArray()
                .Select(s => s.GetProperty("storyId").GetString())];
        Assert.Equal([open, forFollowers], await StoriesSeenBy(fan));
        Assert.Equal([open], await StoriesSeenBy(stranger));
        Assert.Equal([highlight], await Api.IdsAsync("/api/v1/me/highlights", ana, "highlightId"));

        Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Patch, $"/api/v1/me/highlights/{highlight}", fan, """{"title":"Mine"}"""));
        Assert.Equal(HttpStatusCode.NotFound, await Api.StatusAsync(HttpMethod.Delete, $"/api/v1/me/highlights/{highlight}", fan));
        var edited = await Api.JsonAsync(
            HttpMethod.Patch, $"/api/v1/me/highlights/{highlight}", ana, JsonSerializer.Serialize(new { title = "Summer", removeStoryIds = new[] { forFollowers } }));
        Assert.Equal("Summer", edited.GetProperty("title").GetString());
        Assert.Equal([open], edited.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("storyId").GetString()));
        var emptied = await Api.SendAsync(HttpMethod.Patch, $"/api/v1/me/highlights/{highlight}", ana, JsonSerializer.Serialize(new { removeStoryIds = new[] { open } }));
        Assert.Equal(HttpStatusCode.BadRequest, emptied.StatusCode);

        Assert.Equal(HttpStatusCode.OK, await Api.StatusAsync(HttpMethod.Delete, $"/api/v1/me/highlights/{highlight}", ana));
        Assert.Empty(await Api.IdsAsync("/api/v1/me/highlights", ana, "highlightId"));
    }
}

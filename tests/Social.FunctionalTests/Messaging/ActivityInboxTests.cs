using System.Net;
using System.Text.Json;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Messaging;

/// <summary>
/// The activity inbox through Messaging's JSON API, fed by Graph's and Engagement's real events over the broker: what
/// arrives, what an undo or a block takes back, the badges and the stream, and bad input refused with nothing written.
/// </summary>
public sealed class ActivityInboxTests(ActivitySuiteFixture suite) : IClassFixture<ActivitySuiteFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private GraphApi Graph => suite.Graph;

    private EngagementApi Engagement => suite.Engagement;

    private MessagingApi Api => suite.Api;

    [Fact]
    public async Task A_follow_and_a_like_arrive_once_raise_the_badge_on_the_stream_and_an_unlike_takes_the_like_back()
    {
        var ana = await Graph.NewUserAsync("ai");
        var bob = await Graph.NewUserAsync("ai");
        await using var anas = await Api.OpenStreamAsync(ana);
        var item = await Engagement.PostAsync(ana);

        Assert.Equal("following", await Graph.FollowAsync(bob, ana));
        Assert.Equal(HttpStatusCode.OK, (await Engagement.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/like", bob)).StatusCode);
        var items = await ActivityUntilAsync(ana, a => a.Count == 2);

        Assert.Equal(["like", "follow"], items.Select(i => i.GetProperty("type").GetString()));
        var like = items[0];
        Assert.Equal((item, 1L, false), (like.GetProperty("contentId").GetString(), like.GetProperty("actorCount").GetInt64(), like.GetProperty("seen").GetBoolean()));
        var actor = like.GetProperty("actors")[0];
        Assert.Equal((bob.Id, bob.Handle), (actor.GetProperty("userId").GetString(), actor.GetProperty("handle").GetString()));
        var badges = await Api.JsonAsync(HttpMethod.Get, "/api/v1/me/badges", ana);
        Assert.Equal((0L, 0L, 2L), Numbers(badges));
        var raised = await anas.UntilAsync(e => e.Type == "badges" && e.Data.GetProperty("unseenActivity").GetInt64() == 2, Wait);
        Assert.Contains(raised, e => e.Type == "activity" && e.Text("change") == "added");

        Assert.Equal(HttpStatusCode.OK, (await Engagement.SendAsync(HttpMethod.Delete, $"/api/v1/content/{item}/like", bob)).StatusCode);
        var left = await ActivityUntilAsync(ana, a => a.Count == 1);
        Assert.Equal("follow", left[0].GetProperty("type").GetString());
        await anas.UntilAsync(e => e.Type == "badges" && e.Data.GetProperty("unseenActivity").GetInt64() == 1, Wait);
        Assert.Equal(1, Numbers(await Api.JsonAsync(HttpMethod.Get, "/api/v1/me/badges", ana)).Unseen);
        Assert.Empty(await ActivityAsync(bob));
    }

    [Fact]
    public async Task A_request_reaches_only_the_requested_and_accepting_it_turns_into_a_follow_and_tells_the_requester()
    {
        var ana = await Graph.NewUserAsync("ai");
        var bob = await Graph.NewUserAsync("ai");
        await Graph.SetPrivateAsync(ana, true);

        Assert.Equal("requested", await Graph.FollowAsync(bob, ana));
        Assert.Equal("follow_request", (await ActivityUntilAsync(ana, a => a.Count == 1))[0].GetProperty("type").GetString());
        Assert.Empty(await ActivityAsync(bob));

        Assert.Equal(HttpStatusCode.OK, (await Graph.SendAsync(HttpMethod.Post, $"/api/v1/me/follow-requests/{bob.Id}:accept", ana)).StatusCode);
        var anas = await ActivityUntilAsync(ana, a => a.Count == 1 && a[0].GetProperty("type").GetString() == "follow");
        Assert.Equal(bob.Id, anas[0].GetProperty("actors")[0].GetProperty("userId").GetString());
        var bobs = await ActivityUntilAsync(bob, a => a.Count == 1);
        Assert.Equal(("follow_accepted", ana.Id), (bobs[0].GetProperty("type").GetString(), bobs[0].GetProperty("actors")[0].GetProperty("userId").GetString()));
    }

    [Fact]
    public async Task A_block_takes_what_each_did_out_of_the_others_inbox_and_a_comment_reaches_the_owner()
    {
        var ana = await Graph.NewUserAsync("ai");
        var bob = await Graph.NewUserAsync("ai");
        var anasItem = await Engagement.PostAsync(ana);
        var comment = await Engagement.CommentAsync(bob, anasItem, "nice");
        Assert.Equal("following", await Graph.FollowAsync(ana, bob));
        var commented = (await ActivityUntilAsync(ana, a => a.Count == 1))[0];
        Assert.Equal(("comment", comment, anasItem), (commented.GetProperty("type").GetString(), commented.GetProperty("commentId").GetString(), commented.GetProperty("contentId").GetString()));
        await ActivityUntilAsync(bob, a => a.Count == 1);

        Assert.Equal(HttpStatusCode.OK, (await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}", bob)).StatusCode);

        // Graph's answer hides the entries at once; the block's event then takes them out of the store and the badges.
        foreach (var user in new[] { ana, bob })
        {
            await Eventually.ReturnsAsync(() => Api.CountAsync("activities", "recipient_id = $id", user.Id), n => n == 0, Wait, "the block to take the entries out");
            Assert.Empty(await ActivityAsync(user));
            Assert.Equal(0, Numbers(await Api.JsonAsync(HttpMethod.Get, "/api/v1/me/badges", user)).Unseen);
        }
    }

    [Fact]
    public async Task Seen_up_to_an_entry_or_everything_lowers_the_badge()
    {
        var ana = await Graph.NewUserAsync("ai");
        await Graph.SetPrivateAsync(ana, true);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("requested", await Graph.FollowAsync(await Graph.NewUserAsync("ai"), ana));
        }

        var items = await ActivityUntilAsync(ana, a => a.Count == 3);
        var upTo = items[1].GetProperty("activityId").GetString();

        Assert.Equal(1, Numbers(await Api.JsonAsync(HttpMethod.Post, "/api/v1/inbox/activity:seen", ana, $$"""{"upTo":"{{upTo}}"}""")).Unseen);
        Assert.Equal([false, true, true], (await ActivityAsync(ana)).Select(i => i.GetProperty("seen").GetBoolean()));
        var response = await Api.SendAsync(HttpMethod.Post, "/api/v1/inbox/activity:seen", ana);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Numbers(await MessagingApi.ReadAsync(response)).Unseen);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_its_field_and_writes_nothing()
    {
        var ana = await Graph.NewUserAsync("ai");
        var bob = await Graph.NewUserAsync("ai");
        await Graph.SetPrivateAsync(ana, true);
        Assert.Equal("requested", await Graph.FollowAsync(bob, ana));
        var theirs = (await ActivityUntilAsync(ana, a => a.Count == 1))[0].GetProperty("activityId").GetString();

        foreach (var (method, path, body, field) in new[]
        {
            (HttpMethod.Post, "/api/v1/inbox/activity:seen", """{"upTo":"not-an-id"}""", "upTo"),
            (HttpMethod.Post, "/api/v1/inbox/activity:seen", """{"upTo":""}""", "upTo"),
            (HttpMethod.Get, "/api/v1/inbox/activity?cursor=not-a-cursor", null, "cursor"),
        })
        {
            var response = await Api.SendAsync(method, path, ana, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} {body}: {response.StatusCode}");
            Assert.Contains(field, await EngagementApi.FieldsAsync(response));
        }

        // Someone else's entry, or one that never was, is not found to me.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Post, "/api/v1/inbox/activity:seen", bob, $$"""{"upTo":"{{theirs}}"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Post, "/api/v1/inbox/activity:seen", ana, $$"""{"upTo":"{{Guid.CreateVersion7()}}"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Get, "/api/v1/me/badges", null)).StatusCode);

        Assert.False((await ActivityAsync(ana))[0].GetProperty("seen").GetBoolean());
        Assert.Equal(1, Numbers(await Api.JsonAsync(HttpMethod.Get, "/api/v1/me/badges", ana)).Unseen);
        Assert.Equal(1, await Api.CountAsync("badges", "user_id = $id AND unseen_activity = 1", ana.Id));
    }

    private async Task<IReadOnlyList<JsonElement>> ActivityAsync(TestUser user) =>
        [.. (await Api.JsonAsync(HttpMethod.Get, "/api/v1/inbox/activity", user)).GetProperty("items").EnumerateArray()];

    private Task<IReadOnlyList<JsonElement>> ActivityUntilAsync(TestUser user, Func<IReadOnlyList<JsonElement>, bool> done) =>
        Eventually.ReturnsAsync(() => ActivityAsync(user), done, Wait, "the activity inbox");

    private static (long Unread, long Requests, long Unseen) Numbers(JsonElement badges) => (
        badges.TryGetProperty("unreadMessages", out var unread) ? long.Parse(unread.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 0,
        badges.TryGetProperty("messageRequests", out var requests) ? long.Parse(requests.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 0,
        badges.TryGetProperty("unseenActivity", out var unseen) ? long.Parse(unseen.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 0);
}

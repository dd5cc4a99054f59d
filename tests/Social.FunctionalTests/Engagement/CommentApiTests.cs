using System.Net;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Engagement;

/// <summary>Comments through Engagement's JSON API with Graph's and Profile's real answers, from the right and the wrong side.</summary>
public sealed class CommentApiTests(EngagementSuiteFixture suite) : EngagementApiTestBase(suite)
{
    [Fact]
    public async Task A_comment_shows_its_author_from_profile_replies_thread_and_the_counts_follow()
    {
        var ana = await Graph.NewUserAsync("ec");
        var bob = await Graph.NewUserAsync("ec");
        var item = await Api.PostAsync(ana);

        var posted = await Api.SendAsync(HttpMethod.Post, $"/api/v1/content/{item}/comments", bob, $$"""{"text":"nice one @{{ana.Handle}}"}""", idempotencyKey: "c-once");
        var retried = await Api.SendAsync(HttpMethod.Post, $"/api/v1/content/{item}/comments", bob, $$"""{"text":"nice one @{{ana.Handle}}"}""", idempotencyKey: "c-once");
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var view = await EngagementApi.ReadAsync(posted);
        var id = view.GetProperty("commentId").GetString()!;
        Assert.Equal(id, (await EngagementApi.ReadAsync(retried)).GetProperty("commentId").GetString());
        Assert.Equal((bob.Id, bob.Handle), (view.GetProperty("author").GetProperty("userId").GetString(), view.GetProperty("author").GetProperty("handle").GetString()));
        var mention = view.GetProperty("mentions")[0];
        Assert.Equal((ana.Id, 9, ana.Handle.Length + 1), (mention.GetProperty("userId").GetString(), mention.GetProperty("start").GetInt32(), mention.GetProperty("length").GetInt32()));

        var reply = await Api.CommentAsync(ana, item, "thanks", replyTo: id);
        var replies = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/comments/{id}/replies", bob))).GetProperty("items");
        Assert.Equal([(reply, id)], replies.EnumerateArray().Select(r => (r.GetProperty("commentId").GetString(), r.GetProperty("replyTo").GetString())));
        var top = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}/comments", ana))).GetProperty("items");
        Assert.Equal(1, top[0].GetProperty("replyCount").GetInt64());
        Assert.Equal(2, (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", ana))).GetProperty("commentsCount").GetInt64());
    }

    [Fact]
    public async Task Bad_comment_input_is_refused_and_nothing_is_written()
    {
        var ana = await Graph.NewUserAsync("ec");
        var item = await Api.PostAsync(ana);

        foreach (var (path, body) in new[]
        {
            ($"/api/v1/content/{item}/comments", """{"text":""}"""),
            ($"/api/v1/content/{item}/comments", $$"""{"text":"{{new string('a', 2201)}}"}"""),
            ($"/api/v1/content/{item}/comments", """{"text":"hi","replyTo":"not-a-comment"}"""),
            ("/api/v1/content/not-content/comments", """{"text":"hi"}"""),
        })
        {
            var response = await Api.SendAsync(HttpMethod.Post, path, ana, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} {body[..Math.Min(40, body.Length)]}: {response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}/comments?cursor=bm9wZQ", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.SendAsync(HttpMethod.Patch, "/api/v1/comments/nope", ana, """{"text":"x"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Post, $"/api/v1/content/{item}/comments", ana, $$"""{"text":"hi","replyTo":"{{Guid.NewGuid()}}"}""")).StatusCode);
        Assert.Equal(0, (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", ana))).GetProperty("commentsCount").GetInt64());
    }

    [Fact]
    public async Task Who_may_comment_is_decided_by_blocks_privacy_comments_enabled_and_the_owners_setting()
    {
        var ana = await Graph.NewUserAsync("ec");
        var stranger = await Graph.NewUserAsync("ec");
        var follower = await Graph.NewUserAsync("ec");
        var blocked = await Graph.NewUserAsync("ec");
        await Graph.FollowAsync(follower, ana);
        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{blocked.Id}", ana);
        var item = await Api.PostAsync(ana);
        var closed = (await EngagementApi.ReadAsync(await Api.SendAsync(
            HttpMethod.Post, "/api/v1/content", ana, """{"mediaUrl":"https://cdn.example.com/c.mp4","commentsEnabled":false}"""))).GetProperty("contentId").GetString();

        async Task<HttpResponseMessage> Comment(TestUser user, string? on = null) =>
            await Api.SendAsync(HttpMethod.Post, $"/api/v1/content/{on ?? item}/comments", user, """{"text":"hello"}""");

        Assert.Equal(HttpStatusCode.NotFound, (await Comment(blocked)).StatusCode);
        var disabled = await Comment(follower, closed);
        Assert.Equal((HttpStatusCode.Forbidden, "comments_disabled"), (disabled.StatusCode, await EngagementApi.ReasonAsync(disabled)));

        // Until Engagement applies the setting, the stranger's probes are still accepted: they are counted.
        var accepted = 0;
        await Api.SetSettingsAsync(ana, """{"whoCanComment":"followers"}""", async () =>
        {
            var probe = await Comment(stranger);
            accepted += probe.StatusCode == HttpStatusCode.Created ? 1 : 0;
            return probe.StatusCode == HttpStatusCode.Forbidden;
        });
        var restricted = await Comment(stranger);
        Assert.Equal("comments_restricted", await EngagementApi.ReasonAsync(restricted));
        Assert.Equal(HttpStatusCode.Created, (await Comment(follower)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Comment(ana)).StatusCode);

        // The blocked user's view of the comments: the content does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}/comments", blocked)).StatusCode);
        Assert.Equal(2 + accepted, (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}", ana))).GetProperty("commentsCount").GetInt64());
    }

    [Fact]
    public async Task Someone_else_cannot_edit_delete_or_pin_and_the_owner_deletes_and_pins()
    {
        var ana = await Graph.NewUserAsync("ec");
        var bob = await Graph.NewUserAsync("ec");
        var carl = await Graph.NewUserAsync("ec");
        var item = await Api.PostAsync(ana);
        var bobs = await Api.CommentAsync(bob, item, "draft");
        var carls = await Api.CommentAsync(carl, item, "carl's");

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Patch, $"/api/v1/comments/{bobs}", carl, """{"text":"hijack"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Patch, $"/api/v1/comments/{bobs}", ana, """{"text":"owner edit"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/comments/{bobs}", carl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/pinned-comment/{bobs}", bob)).StatusCode);

        var edited = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Patch, $"/api/v1/comments/{bobs}", bob, """{"text":"final"}"""));
        Assert.Equal("final", edited.GetProperty("text").GetString());
        Assert.True(edited.TryGetProperty("editedAt", out _));
        var history = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/comments/{bobs}/edits", carl))).GetProperty("items");
        Assert.Equal(["draft"], history.EnumerateArray().Select(e => e.GetProperty("text").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{item}/pinned-comment/{bobs}", ana)).StatusCode);
        var top = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}/comments", carl))).GetProperty("items");
        Assert.Equal([(bobs, true), (carls, false)], top.EnumerateArray().Select(c => (c.GetProperty("commentId").GetString(), c.GetProperty("pinned").GetBoolean())));

        var liked = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Put, $"/api/v1/comments/{carls}/like", bob));
        Assert.Equal((true, 1L), (liked.GetProperty("liked").GetBoolean(), liked.GetProperty("likesCount").GetInt64()));

        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/comments/{carls}", ana)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/comments/{carls}", ana)).StatusCode);
        var after = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{item}/comments", bob))).GetProperty("items");
        Assert.Equal([bobs], after.EnumerateArray().Select(c => c.GetProperty("commentId").GetString()));
    }

    [Fact]
    public async Task A_mention_of_someone_who_allows_nobody_stays_plain_text()
    {
        var ana = await Graph.NewUserAsync("ec");
        var shy = await Graph.NewUserAsync("ec");
        var item = await Api.PostAsync(ana);
        await Api.SetSettingsAsync(shy, """{"whoCanMention":"nobody"}""", async () =>
        {
            var probe = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Post, $"/api/v1/content/{item}/comments", ana, $$"""{"text":"probe @{{shy.Handle}}"}"""));
            return probe.GetProperty("mentions").GetArrayLength() == 0;
        });

        var view = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Post, $"/api/v1/content/{item}/comments", ana, $$"""{"text":"hi @{{shy.Handle}}"}"""));

        Assert.Equal($"hi @{shy.Handle}", view.GetProperty("text").GetString());
        Assert.Equal(0, view.GetProperty("mentions").GetArrayLength());
    }
}

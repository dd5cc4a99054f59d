using System.Net;
using Grpc.Core;
using Social.Contracts.Engagement.V1;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Engagement;

/// <summary>Content and likes through Engagement's JSON and gRPC APIs: what works, what is refused, what is written.</summary>
public sealed class ContentApiTests(EngagementSuiteFixture suite) : EngagementApiTestBase(suite)
{
    [Fact]
    public async Task Content_is_posted_read_liked_once_and_unliked_and_its_likers_are_listed()
    {
        var ana = await Graph.NewUserAsync("en");
        var bob = await Graph.NewUserAsync("en");

        var posted = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, """{"mediaUrl":"https://cdn.example.com/a.mp4","caption":"First!","commentsEnabled":false}""");
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var view = await EngagementApi.ReadAsync(posted);
        var id = view.GetProperty("contentId").GetString();
        Assert.Equal((ana.Id, "https://cdn.example.com/a.mp4", "First!", "everyone", false, 0L),
            (view.GetProperty("ownerId").GetString(), view.GetProperty("mediaUrl").GetString(), view.GetProperty("caption").GetString(),
             view.GetProperty("audience").GetString(), view.GetProperty("commentsEnabled").GetBoolean(), view.GetProperty("likesCount").GetInt64()));

        var liked = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{id}/like", bob));
        var again = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{id}/like", bob));
        Assert.Equal((true, 1L), (liked.GetProperty("liked").GetBoolean(), liked.GetProperty("likesCount").GetInt64()));
        Assert.Equal((true, 1L), (again.GetProperty("liked").GetBoolean(), again.GetProperty("likesCount").GetInt64()));

        var seenByBob = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}", bob));
        Assert.True(seenByBob.GetProperty("viewerHasLiked").GetBoolean());
        var likers = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}/likes", ana))).GetProperty("items");
        Assert.Equal([(bob.Id, bob.Handle)], likers.EnumerateArray().Select(l => (l.GetProperty("userId").GetString(), l.GetProperty("handle").GetString())));
        await Api.ProfileLikesReachAsync(ana, 1);

        var unliked = await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Delete, $"/api/v1/content/{id}/like", bob));
        Assert.Equal((false, 0L), (unliked.GetProperty("liked").GetBoolean(), unliked.GetProperty("likesCount").GetInt64()));
        await Api.ProfileLikesReachAsync(ana, 0);

        var listed = (await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", bob))).GetProperty("items");
        Assert.Equal([id], listed.EnumerateArray().Select(i => i.GetProperty("contentId").GetString()));
    }

    [Fact]
    public async Task An_idempotency_key_replays_the_first_item_and_refuses_another_request()
    {
        var ana = await Graph.NewUserAsync("en");
        const string Body = """{"mediaUrl":"https://cdn.example.com/k.mp4"}""";

        var first = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, Body, idempotencyKey: "retry-me");
        var retry = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, Body, idempotencyKey: "retry-me");
        var other = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, """{"mediaUrl":"https://cdn.example.com/other.mp4"}""", idempotencyKey: "retry-me");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await EngagementApi.ReadAsync(first)).GetProperty("contentId").GetString(), (await EngagementApi.ReadAsync(retry)).GetProperty("contentId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("idempotency_key_reused", await EngagementApi.ReasonAsync(other));
        Assert.Single((await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", ana))).GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"caption":"no media"}""", "mediaUrl")]
    [InlineData("""{"mediaUrl":"http://cdn.example.com/a.mp4"}""", "mediaUrl")]
    [InlineData("""{"mediaUrl":"https://cdn.example.com/a.mp4","audience":"friends"}""", "audience")]
    [InlineData("""{"mediaUrl":"https://cdn.example.com/a.mp4","caption":"bell\u0007"}""", "caption")]
    public async Task Invalid_content_is_refused_field_by_field_and_nothing_is_written(string body, string field)
    {
        var ana = await Graph.NewUserAsync("en");

        var response = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await EngagementApi.FieldsAsync(response));
        Assert.Empty((await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", ana))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_long_caption_a_bad_idempotency_key_bad_ids_limits_and_cursors_are_invalid_arguments()
    {
        var ana = await Graph.NewUserAsync("en");
        var id = await Api.PostAsync(ana);

        var longCaption = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, $$"""{"mediaUrl":"https://cdn.example.com/a.mp4","caption":"{{new string('a', 2201)}}"}""");
        var badKey = await Api.SendAsync(HttpMethod.Post, "/api/v1/content", ana, """{"mediaUrl":"https://cdn.example.com/a.mp4"}""", idempotencyKey: new string('k', 256));
        Assert.Equal(["caption"], await EngagementApi.FieldsAsync(longCaption));
        Assert.Equal(["Idempotency-Key"], await EngagementApi.FieldsAsync(badKey));

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, "/api/v1/content/not-a-uuid"),
            (HttpMethod.Put, "/api/v1/content/00000000-0000-0000-0000-000000000000/like"),
            (HttpMethod.Delete, "/api/v1/content/123/like"),
            (HttpMethod.Delete, "/api/v1/content/nope"),
            (HttpMethod.Get, "/api/v1/users/nope/content"),
            (HttpMethod.Get, $"/api/v1/users/{ana.Id}/content?limit=101"),
            (HttpMethod.Get, $"/api/v1/users/{ana.Id}/content?cursor=garbage!"),
            (HttpMethod.Get, $"/api/v1/users/{ana.Id}/content?cursor=bm90LWEtcG9zaXRpb24"),
            (HttpMethod.Get, $"/api/v1/content/{id}/likes?limit=-1"),
            (HttpMethod.Get, $"/api/v1/content/{id}/likes?cursor=bm90LWEtZ3VpZA"),
        })
        {
            var response = await Api.SendAsync(method, path, ana);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {response.StatusCode}");
        }

        Assert.Equal(0, await Api.LikesCountAsync(ana, id));
        Assert.Single((await EngagementApi.ReadAsync(await Api.SendAsync(HttpMethod.Get, $"/api/v1/users/{ana.Id}/content", ana))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Without_a_token_nothing_is_read_or_written()
    {
        var ana = await Graph.NewUserAsync("en");
        var id = await Api.PostAsync(ana);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Post, "/api/v1/content", null, """{"mediaUrl":"https://cdn.example.com/a.mp4"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{id}/like", null)).StatusCode);
        Assert.Equal(0, await Api.LikesCountAsync(ana, id));
    }

    [Fact]
    public async Task Internal_callers_register_remove_and_read_engagement_in_batches_and_users_may_not()
    {
        var ana = await Graph.NewUserAsync("en");
        var bob = await Graph.NewUserAsync("en");
        var client = await Api.InternalClientAsync();
        var videoId = Guid.NewGuid().ToString();

        var registered = await client.RegisterContentAsync(new RegisterContentRequest { ContentId = videoId, OwnerId = ana.Id, MediaUrl = "https://video.example.com/1" });
        var again = await client.RegisterContentAsync(new RegisterContentRequest { ContentId = videoId, OwnerId = ana.Id, MediaUrl = "https://video.example.com/1" });
        var taken = await Assert.ThrowsAsync<RpcException>(() => client.RegisterContentAsync(
            new RegisterContentRequest { ContentId = videoId, OwnerId = bob.Id, MediaUrl = "https://video.example.com/1" }).ResponseAsync);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => client.RegisterContentAsync(
            new RegisterContentRequest { OwnerId = ana.Id, MediaUrl = "ftp://video.example.com/1" }).ResponseAsync);
        Assert.Equal((videoId, videoId), (registered.ContentId, again.ContentId));
        Assert.Equal(StatusCode.AlreadyExists, taken.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);

        var other = await Api.PostAsync(ana, audience: "onlyMe");
        await Api.SendAsync(HttpMethod.Put, $"/api/v1/content/{videoId}/like", bob);
        var request = new GetEngagementRequest { ViewerId = bob.Id, ContentIds = { videoId, other, Guid.NewGuid().ToString() } };
        var engagement = await client.GetEngagementAsync(request);
        var item = Assert.Single(engagement.Items);
        Assert.Equal((videoId, 1L, true), (item.ContentId, item.LikesCount, item.ViewerHasLiked));

        var asUser = Api.ClientOf(bob);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => asUser.GetEngagementAsync(request).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            asUser.RemoveContentAsync(new RemoveContentRequest { ContentId = videoId }).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            asUser.RegisterContentAsync(new RegisterContentRequest { OwnerId = bob.Id, MediaUrl = "https://video.example.com/2" }).ResponseAsync)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{videoId}", bob)).StatusCode);

        await client.RemoveContentAsync(new RemoveContentRequest { ContentId = videoId });
        await client.RemoveContentAsync(new RemoveContentRequest { ContentId = videoId });
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"/api/v1/content/{videoId}", bob)).StatusCode);
        var reconciled = await client.ReconcileCountersAsync(new ReconcileCountersRequest());
        Assert.Equal(0, reconciled.Drifted);
    }
}

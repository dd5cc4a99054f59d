using System.Net;
using System.Text.Json;
using Social.FunctionalTests.Engagement;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Messaging;

/// <summary>Conversations through Messaging's JSON API with Graph's and Profile's real answers, from the right and the wrong side.</summary>
public sealed class ConversationApiTests(MessagingSuiteFixture suite) : MessagingApiTestBase(suite)
{
    [Fact]
    public async Task A_pairs_direct_conversation_is_created_once_and_found_again_even_concurrently()
    {
        var ana = await Graph.NewUserAsync("mc");
        var bob = await Graph.NewUserAsync("mc");
        var cy = await Graph.NewUserAsync("mc");

        var created = await Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{bob.Id}}"]}""");
        var again = await Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{bob.Id}}"]}""");
        var fromBob = await Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", bob, $$"""{"memberIds":["{{ana.Id}}"]}""");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, again.StatusCode, fromBob.StatusCode));
        var view = await MessagingApi.ReadAsync(created);
        var id = view.GetProperty("conversationId").GetString();
        Assert.Equal(id, (await MessagingApi.ReadAsync(again)).GetProperty("conversationId").GetString());
        Assert.Equal(id, (await MessagingApi.ReadAsync(fromBob)).GetProperty("conversationId").GetString());
        Assert.Equal(("direct", "inbox", 0L, 0L, false), (
            view.GetProperty("kind").GetString(), view.GetProperty("folder").GetString(), view.GetProperty("unreadCount").GetInt64(),
            view.GetProperty("readUpToSeq").GetInt64(), view.GetProperty("muted").GetBoolean()));
        Assert.Equal(new[] { (ana.Id, ana.Handle), (bob.Id, bob.Handle) }.Order(), view.GetProperty("members").EnumerateArray()
            .Select(m => (m.GetProperty("userId").GetString()!, m.GetProperty("handle").GetString()!)).Order());
        Assert.Empty(view.GetProperty("admins").EnumerateArray());
        Assert.False(view.TryGetProperty("lastMessage", out _));
        Assert.False(view.TryGetProperty("title", out _));

        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? Api.StartAsync(ana, cy) : Api.StartAsync(cy, ana)));
        Assert.Single(racing.Distinct());
        Assert.Equal(1, await Api.CountAsync("direct_pairs", "conversation_id = $id", racing[0]));
    }

    [Fact]
    public async Task A_groups_creator_is_its_admin_and_only_admins_manage_members_and_admins()
    {
        var ana = await Graph.NewUserAsync("mg");
        var bob = await Graph.NewUserAsync("mg");
        var cy = await Graph.NewUserAsync("mg");
        var dan = await Graph.NewUserAsync("mg");
        var outsider = await Graph.NewUserAsync("mg");
        var body = $$"""{"memberIds":["{{bob.Id}}","{{cy.Id}}"],"title":"Weekend"}""";

        var created = await Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", ana, body, idempotencyKey: "group-1");
        var retried = await Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", ana, body, idempotencyKey: "group-1");
        var reused = await Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{bob.Id}}","{{dan.Id}}"]}""", idempotencyKey: "group-1");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.BadRequest), (created.StatusCode, retried.StatusCode, reused.StatusCode));
        Assert.Equal("idempotency_key_reused", await EngagementApi.ReasonAsync(reused));
        var view = await MessagingApi.ReadAsync(created);
        var group = view.GetProperty("conversationId").GetString()!;
        Assert.Equal(group, (await MessagingApi.ReadAsync(retried)).GetProperty("conversationId").GetString());
        Assert.Equal(("group", "Weekend", 3), (view.GetProperty("kind").GetString(), view.GetProperty("title").GetString(), view.GetProperty("members").GetArrayLength()));
        Assert.Equal([ana.Id], Admins(view));

        var path = $"/api/v1/conversations/{group}";
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Put, $"{path}/members/{dan.Id}", bob), HttpStatusCode.Forbidden, "permission_denied");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Delete, $"{path}/members/{cy.Id}", bob), HttpStatusCode.Forbidden, "permission_denied");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Put, $"{path}/admins/{bob.Id}", bob), HttpStatusCode.Forbidden, "permission_denied");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Get, path, outsider), HttpStatusCode.NotFound, "not_found");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Put, $"{path}/members/{outsider.Id}", outsider), HttpStatusCode.NotFound, "not_found");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Get, $"{path}/messages", outsider), HttpStatusCode.NotFound, "not_found");
        await AssertRefusedAsync(
            Api.SendAsync(HttpMethod.Post, $"{path}/messages", outsider, """{"clientMessageId":"x","text":"let me in"}"""), HttpStatusCode.NotFound, "not_found");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Delete, $"{path}/admins/{ana.Id}", ana), HttpStatusCode.BadRequest, "last_admin");

        Assert.Equal(4, (await Api.JsonAsync(HttpMethod.Put, $"{path}/members/{dan.Id}", ana)).GetProperty("members").GetArrayLength());
        Assert.Equal(4, (await Api.JsonAsync(HttpMethod.Put, $"{path}/members/{dan.Id}", ana)).GetProperty("members").GetArrayLength());
        Assert.Equal([ana.Id, bob.Id], Admins(await Api.JsonAsync(HttpMethod.Put, $"{path}/admins/{bob.Id}", ana)).Order());
        Assert.Equal([bob.Id], Admins(await Api.JsonAsync(HttpMethod.Delete, $"{path}/admins/{ana.Id}", ana)));
        Assert.Equal((1L, 1L), (await Api.EventsAsync("ConversationAdminAdded", group), await Api.EventsAsync("ConversationAdminRemoved", group)));
        await Api.JsonAsync(HttpMethod.Delete, $"{path}/members/{cy.Id}", bob);
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Get, path, cy), HttpStatusCode.NotFound, "not_found");
        await Api.JsonAsync(HttpMethod.Post, $"{path}:leave", dan);
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Get, path, dan), HttpStatusCode.NotFound, "not_found");

        var members = (await Api.JsonAsync(HttpMethod.Get, path, bob)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetString());
        Assert.Equal(new[] { ana.Id, bob.Id }.Order(), members.Order());
        var direct = await Api.StartAsync(ana, bob);
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Post, $"/api/v1/conversations/{direct}:leave", ana), HttpStatusCode.BadRequest, "not_a_group");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Put, $"/api/v1/conversations/{direct}/members/{cy.Id}", ana), HttpStatusCode.BadRequest, "not_a_group");
    }

    [Fact]
    public async Task A_stranger_lands_in_requests_and_never_learns_whether_they_were_declined()
    {
        var ana = await Graph.NewUserAsync("mr");
        var friend = await Graph.NewUserAsync("mr");
        var stranger = await Graph.NewUserAsync("mr");
        var declined = await Graph.NewUserAsync("mr");
        await Graph.FollowAsync(friend, ana);
        await Api.SetSettingsAsync(ana, """{"whoCanMessage":"followers"}""", "who_can_message = 'followers'");

        var fromFriend = await Api.StartAsync(friend, ana);
        var fromStranger = await Api.StartAsync(stranger, ana);
        await Api.MessageAsync(stranger, fromStranger, "hello?");
        var fromDeclined = await Api.StartAsync(declined, ana);
        await Api.MessageAsync(declined, fromDeclined, "hi there");

        Assert.Equal([fromFriend], await Api.ListAsync(ana));
        Assert.Equal([fromDeclined, fromStranger], await Api.ListAsync(ana, "requests"));
        var request = (await Api.JsonAsync(HttpMethod.Get, "/api/v1/conversations?folder=requests", ana)).GetProperty("items")[1];
        Assert.Equal(("requests", 1L, "hello?"), (
            request.GetProperty("folder").GetString(), request.GetProperty("unreadCount").GetInt64(), request.GetProperty("lastMessage").GetProperty("text").GetString()));

        var accepted = await Api.JsonAsync(HttpMethod.Post, $"/api/v1/conversations/{fromStranger}:accept", ana);
        Assert.Equal("inbox", accepted.GetProperty("folder").GetString());
        var before = (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{fromDeclined}", declined)).GetRawText();
        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/conversations/{fromDeclined}:decline", ana);
        await Api.JsonAsync(HttpMethod.Post, $"/api/v1/conversations/{fromDeclined}:decline", ana);
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Post, $"/api/v1/conversations/{fromFriend}:decline", ana), HttpStatusCode.BadRequest, "not_a_request");

        // The sender's side is exactly as before; they may still send, and nothing reaches Ana's lists.
        Assert.Equal(before, (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{fromDeclined}", declined)).GetRawText());
        await Api.MessageAsync(declined, fromDeclined, "still there?");
        Assert.Equal([fromStranger, fromFriend], await Api.ListAsync(ana));
        Assert.Empty(await Api.ListAsync(ana, "requests"));
        Assert.Equal(0, await Api.EventsAsync("ConversationMemberRemoved", fromDeclined));
    }

    [Fact]
    public async Task Blocked_users_find_no_conversation_and_cannot_start_or_send_and_the_block_event_locks_it()
    {
        var ana = await Graph.NewUserAsync("mb");
        var bob = await Graph.NewUserAsync("mb");
        var cy = await Graph.NewUserAsync("mb");
        var direct = await Api.StartAsync(ana, bob);
        var hi = (await Api.MessageAsync(bob, direct, "hi")).GetProperty("messageId").GetString();
        var group = (await Api.JsonAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{bob.Id}}","{{cy.Id}}"]}""", HttpStatusCode.Created))
            .GetProperty("conversationId").GetString()!;
        await Api.MessageAsync(bob, group, "bob in the group");
        await Api.MessageAsync(cy, group, "cy in the group");

        Assert.Equal(HttpStatusCode.OK, (await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}", ana)).StatusCode);

        foreach (var (me, other) in new[] { (ana, bob), (bob, ana) })
        {
            await AssertRefusedAsync(Api.SendAsync(HttpMethod.Get, $"/api/v1/conversations/{direct}", me), HttpStatusCode.NotFound, "not_found");
            await AssertRefusedAsync(Api.SendAsync(HttpMethod.Get, $"/api/v1/conversations/{direct}/messages", me), HttpStatusCode.NotFound, "not_found");
            await AssertRefusedAsync(
                Api.SendAsync(HttpMethod.Post, $"/api/v1/conversations/{direct}/messages", me, """{"clientMessageId":"x","text":"hello?"}"""), HttpStatusCode.NotFound, "not_found");
            await AssertRefusedAsync(
                Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", me, $$"""{"memberIds":["{{other.Id}}"]}"""), HttpStatusCode.NotFound, "not_found");
            await AssertRefusedAsync(
                Api.SendAsync(HttpMethod.Put, $"/api/v1/conversations/{direct}/messages/{hi}/reactions/👍", me), HttpStatusCode.NotFound, "not_found");
            Assert.DoesNotContain(direct, await Api.ListAsync(me));
        }

        await AssertRefusedAsync(
            Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", bob, $$"""{"memberIds":["{{ana.Id}}","{{cy.Id}}"]}"""), HttpStatusCode.NotFound, "not_found");
        // In the group, Bob's messages are hidden from Ana only.
        Assert.Equal(["cy in the group"], await TextsAsync(ana, group));
        Assert.Equal(["bob in the group", "cy in the group"], await TextsAsync(cy, group));

        // Graph's UserBlocked reaches Messaging: the pair's 1:1 is locked in storage both ways.
        await Eventually.ReturnsAsync(() => Api.CountAsync("members", "conversation_id = $id AND locked = 1", direct), n => n == 2, TimeSpan.FromSeconds(30), "the block to lock the 1:1");
        Assert.Equal(1, await Api.CountAsync("messages", "conversation_id = $id", direct));
    }

    [Fact]
    public async Task Bad_conversation_input_is_refused_with_its_fields_and_nothing_is_written()
    {
        var ana = await Graph.NewUserAsync("mx");
        var bob = await Graph.NewUserAsync("mx");
        var many = string.Join(",", Enumerable.Range(0, 64).Select(_ => $"\"{Guid.NewGuid()}\""));

        foreach (var (body, field) in new[]
        {
            ("""{"memberIds":[]}""", "memberIds"),
            ("""{}""", "memberIds"),
            ("""{"memberIds":["not-a-user"]}""", "memberIds"),
            ($$"""{"memberIds":["{{ana.Id}}"]}""", "memberIds"),
            ($$"""{"memberIds":[{{many}}]}""", "memberIds"),
            ($$"""{"memberIds":["{{bob.Id}}"],"title":"no titles here"}""", "title"),
            ($$"""{"memberIds":["{{bob.Id}}","{{Guid.NewGuid()}}"],"title":"{{new string('t', 101)}}"}""", "title"),
        })
        {
            var response = await Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", ana, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body[..Math.Min(60, body.Length)]}: {response.StatusCode}");
            Assert.Contains(field, await EngagementApi.FieldsAsync(response));
        }

        foreach (var (method, path, field) in new[]
        {
            (HttpMethod.Get, "/api/v1/conversations?folder=archive", "folder"),
            (HttpMethod.Get, "/api/v1/conversations?limit=101", "limit"),
            (HttpMethod.Get, "/api/v1/conversations?cursor=bm9wZQ", "cursor"),
            (HttpMethod.Get, "/api/v1/conversations/not-a-conversation", "conversationId"),
            (HttpMethod.Put, $"/api/v1/conversations/{Guid.NewGuid()}/members/nope", "userId"),
            (HttpMethod.Post, "/api/v1/conversations/nope:accept", "conversationId"),
        })
        {
            var response = await Api.SendAsync(method, path, ana);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {response.StatusCode}");
            Assert.Equal([field], await EngagementApi.FieldsAsync(response));
        }

        await AssertRefusedAsync(
            Api.SendAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{Guid.NewGuid()}}"]}"""), HttpStatusCode.NotFound, "not_found");
        await AssertRefusedAsync(Api.SendAsync(HttpMethod.Get, $"/api/v1/conversations/{Guid.NewGuid()}", ana), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Get, "/api/v1/conversations", null)).StatusCode);
        Assert.Equal(0, await Api.CountAsync("members", "user_id = $id", ana.Id));
    }

    [Fact]
    public async Task Mute_is_mine_alone_and_an_account_deletion_takes_the_user_out_of_every_conversation()
    {
        var ana = await Graph.NewUserAsync("mm");
        var bob = await Graph.NewUserAsync("mm");
        var cy = await Graph.NewUserAsync("mm");
        var group = (await Api.JsonAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{bob.Id}}","{{cy.Id}}"]}""", HttpStatusCode.Created))
            .GetProperty("conversationId").GetString()!;
        var direct = await Api.StartAsync(ana, bob);

        Assert.True((await Api.JsonAsync(HttpMethod.Put, $"/api/v1/conversations/{group}/mute", bob)).GetProperty("muted").GetBoolean());
        Assert.True((await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{group}", bob)).GetProperty("muted").GetBoolean());
        Assert.False((await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{group}", cy)).GetProperty("muted").GetBoolean());
        Assert.False((await Api.JsonAsync(HttpMethod.Delete, $"/api/v1/conversations/{group}/mute", bob)).GetProperty("muted").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.DeleteMeAsync(Services.Profile.CreateClient(), ana.Token)).StatusCode);
        await Eventually.ReturnsAsync(() => Api.CountAsync("members", "user_id = $id", ana.Id), n => n == 0, TimeSpan.FromSeconds(30), "the deletion to reach Messaging");
        var left = await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{group}", bob);
        Assert.Equal(new[] { bob.Id, cy.Id }.Order(), left.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetString()).Order());
        Assert.Single(Admins(left));
        Assert.Equal(1, await Api.EventsAsync("ConversationMemberRemoved", direct));
    }

    private static IReadOnlyList<string> Admins(JsonElement view) => [.. view.GetProperty("admins").EnumerateArray().Select(a => a.GetString()!)];

    private async Task<IReadOnlyList<string>> TextsAsync(TestUser viewer, string conversationId) =>
        [.. (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{conversationId}/messages", viewer)).GetProperty("items").EnumerateArray()
            .Select(m => m.GetProperty("text").GetString()!)];

    private static async Task AssertRefusedAsync(Task<HttpResponseMessage> call, HttpStatusCode status, string code)
    {
        var response = await call;
        Assert.Equal((status, code), (response.StatusCode, await EngagementApi.ReasonAsync(response)));
    }
}

using System.Net;
using System.Text.Json;
using Grpc.Core;
using Social.Contracts.Messaging.V1;
using Social.FunctionalTests.Engagement;
using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Messaging;

/// <summary>Messages through Messaging's JSON API (and its internal send) with Graph's and Profile's real answers.</summary>
public sealed class MessageApiTests(MessagingSuiteFixture suite) : MessagingApiTestBase(suite)
{
    [Fact]
    public async Task A_message_is_sent_once_per_client_message_id_with_seqs_one_by_one_and_the_documented_view()
    {
        var ana = await Graph.NewUserAsync("ms");
        var bob = await Graph.NewUserAsync("ms");
        var conversation = await Api.StartAsync(ana, bob);
        var path = $"/api/v1/conversations/{conversation}/messages";

        var sent = await Api.SendAsync(HttpMethod.Post, path, ana, """{"clientMessageId":"c-1","text":"hello"}""");
        var retried = await Api.SendAsync(HttpMethod.Post, path, ana, """{"clientMessageId":"c-1","text":"hello"}""");
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (sent.StatusCode, retried.StatusCode));
        var view = await MessagingApi.ReadAsync(sent);
        Assert.Equal(view.GetRawText(), (await MessagingApi.ReadAsync(retried)).GetRawText());
        Assert.Equal(
            ["conversationId", "createdAt", "deleted", "messageId", "reactions", "senderId", "seq", "text"],
            view.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((conversation, 1L, ana.Id, "hello", false), (
            view.GetProperty("conversationId").GetString(), view.GetProperty("seq").GetInt64(), view.GetProperty("senderId").GetString(),
            view.GetProperty("text").GetString(), view.GetProperty("deleted").GetBoolean()));

        var story = Guid.NewGuid().ToString();
        var reply = await Api.JsonAsync(
            HttpMethod.Post, path, bob, $$"""{"clientMessageId":"c-1","replyTo":"{{view.GetProperty("messageId").GetString()}}","storyId":"{{story}}"}""", HttpStatusCode.Created);
        Assert.Equal((2L, story, ""), (reply.GetProperty("seq").GetInt64(), reply.GetProperty("storyId").GetString(), reply.GetProperty("text").GetString()));
        Assert.Equal(view.GetProperty("messageId").GetString(), reply.GetProperty("replyTo").GetString());

        var listed = await Api.JsonAsync(HttpMethod.Get, "/api/v1/conversations", bob);
        var mine = listed.GetProperty("items")[0];
        Assert.Equal((conversation, 2L, 0L), (mine.GetProperty("conversationId").GetString(), mine.GetProperty("lastMessage").GetProperty("seq").GetInt64(), mine.GetProperty("unreadCount").GetInt64()));
        Assert.Equal(1, (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{conversation}", ana)).GetProperty("unreadCount").GetInt64());
    }

    [Fact]
    public async Task The_same_client_message_id_sent_concurrently_from_two_connections_is_one_message()
    {
        var ana = await Graph.NewUserAsync("ms");
        var bob = await Graph.NewUserAsync("ms");
        var conversation = await Api.StartAsync(ana, bob);
        var other = new MessagingApi(Services);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? Api : other).SendAsync(HttpMethod.Post, $"/api/v1/conversations/{conversation}/messages", ana, """{"clientMessageId":"twice","text":"once"}""")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var ids = await Task.WhenAll(responses.Select(async r => (await MessagingApi.ReadAsync(r)).GetProperty("messageId").GetString()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await Api.CountAsync("messages", "conversation_id = $id", conversation));
        Assert.Equal(1, await Api.EventsAsync("MessageSent", conversation));
        Assert.Equal(2, (await Api.MessageAsync(ana, conversation, "next")).GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Messages_page_back_from_the_newest_and_forward_from_a_seq()
    {
        var ana = await Graph.NewUserAsync("mp");
        var bob = await Graph.NewUserAsync("mp");
        var conversation = await Api.StartAsync(ana, bob);
        for (var i = 1; i <= 5; i++)
        {
            await Api.MessageAsync(i % 2 == 0 ? bob : ana, conversation, $"m{i}");
        }

        var path = $"/api/v1/conversations/{conversation}/messages";
        var newest = await Api.JsonAsync(HttpMethod.Get, $"{path}?limit=2", ana);
        Assert.Equal([4L, 5L], Seqs(newest));
        var older = await Api.JsonAsync(HttpMethod.Get, $"{path}?limit=2&cursor={newest.GetProperty("nextCursor").GetString()}", ana);
        Assert.Equal([2L, 3L], Seqs(older));
        var oldest = await Api.JsonAsync(HttpMethod.Get, $"{path}?limit=2&cursor={older.GetProperty("nextCursor").GetString()}", ana);
        Assert.Equal([1L], Seqs(oldest));
        Assert.False(oldest.TryGetProperty("nextCursor", out _));
        var forward = await Api.JsonAsync(HttpMethod.Get, $"{path}?after=2&limit=2", ana);
        Assert.Equal([3L, 4L], Seqs(forward));
        var before = await Api.JsonAsync(HttpMethod.Get, $"{path}?before=3", bob);
        Assert.Equal([1L, 2L], Seqs(before));
    }

    [Fact]
    public async Task Only_the_sender_edits_and_unsends_reactions_are_one_per_emoji_per_user_and_outsiders_find_nothing()
    {
        var ana = await Graph.NewUserAsync("me");
        var bob = await Graph.NewUserAsync("me");
        var outsider = await Graph.NewUserAsync("me");
        var conversation = await Api.StartAsync(ana, bob);
        var message = (await Api.MessageAsync(ana, conversation, "draft")).GetProperty("messageId").GetString();
        var path = $"/api/v1/conversations/{conversation}/messages/{message}";

        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Patch, path, bob, """{"text":"hijack"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.SendAsync(HttpMethod.Delete, path, bob)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Patch, path, outsider, """{"text":"hijack"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Put, $"{path}/reactions/👍", outsider)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, $"{path}/edits", outsider)).StatusCode);

        var edited = await Api.JsonAsync(HttpMethod.Patch, path, ana, """{"text":"final"}""");
        Assert.Equal("final", edited.GetProperty("text").GetString());
        Assert.True(edited.TryGetProperty("editedAt", out _));
        Assert.Equal(["draft"], (await Api.JsonAsync(HttpMethod.Get, $"{path}/edits", bob)).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("text").GetString()));

        await Api.JsonAsync(HttpMethod.Put, $"{path}/reactions/👍", bob);
        var reacted = await Api.JsonAsync(HttpMethod.Put, $"{path}/reactions/👍", bob);
        Assert.Equal([("👍", 1L, true)], Reactions(reacted));
        Assert.Equal([("👍", 2L, true)], Reactions(await Api.JsonAsync(HttpMethod.Put, $"{path}/reactions/%F0%9F%91%8D", ana)));
        Assert.Equal([("👍", 1L, false)], Reactions(await Api.JsonAsync(HttpMethod.Delete, $"{path}/reactions/👍", ana)));
        Assert.Equal(1, await Api.EventsAsync("ReactionRemoved", conversation));

        await Api.JsonAsync(HttpMethod.Delete, path, ana);
        await Api.JsonAsync(HttpMethod.Delete, path, ana);
        var unsent = (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{conversation}/messages", bob)).GetProperty("items")[0];
        Assert.Equal((message, true, false), (unsent.GetProperty("messageId").GetString(), unsent.GetProperty("deleted").GetBoolean(), unsent.TryGetProperty("text", out _)));
        Assert.Empty(unsent.GetProperty("reactions").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Patch, path, ana, """{"text":"again"}""")).StatusCode);
        Assert.Equal(1, await Api.EventsAsync("MessageUnsent", conversation));
    }

    [Fact]
    public async Task Reading_drops_my_unread_count_and_a_reader_with_receipts_off_tells_no_one()
    {
        var ana = await Graph.NewUserAsync("mr");
        var bob = await Graph.NewUserAsync("mr");
        var conversation = await Api.StartAsync(ana, bob);
        for (var i = 0; i < 3; i++)
        {
            await Api.MessageAsync(ana, conversation, $"m{i}");
        }

        var read = $"/api/v1/conversations/{conversation}:read";
        Assert.Equal(3, (await Api.JsonAsync(HttpMethod.Get, "/api/v1/conversations", bob)).GetProperty("items")[0].GetProperty("unreadCount").GetInt64());
        var state = await Api.JsonAsync(HttpMethod.Post, read, bob, """{"upToSeq":2}""");
        Assert.Equal((2L, 1L), (state.GetProperty("readUpToSeq").GetInt64(), state.GetProperty("unreadCount").GetInt64()));
        Assert.Equal(2, (await Api.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{conversation}", bob)).GetProperty("readUpToSeq").GetInt64());
        Assert.Equal(1, await Api.EventsAsync("ConversationRead", conversation));

        await Api.SetSettingsAsync(bob, """{"readReceipts":false}""", "read_receipts = 0");
        var quiet = await Api.JsonAsync(HttpMethod.Post, read, bob, """{"upToSeq":3}""");
        Assert.Equal((3L, 0L), (quiet.GetProperty("readUpToSeq").GetInt64(), quiet.GetProperty("unreadCount").GetInt64()));
        Assert.Equal(1, await Api.EventsAsync("ConversationRead", conversation));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Post, read, await Graph.NewUserAsync("mr"), """{"upToSeq":1}""")).StatusCode);
    }

    [Fact]
    public async Task Bad_message_input_is_refused_with_its_fields_and_nothing_is_written()
    {
        var ana = await Graph.NewUserAsync("mx");
        var bob = await Graph.NewUserAsync("mx");
        var conversation = await Api.StartAsync(ana, bob);
        var path = $"/api/v1/conversations/{conversation}/messages";

        foreach (var (body, field) in new[]
        {
            ("""{"text":"no id"}""", "clientMessageId"),
            ("""{"clientMessageId":"has space","text":"hi"}""", "clientMessageId"),
            ("""{"clientMessageId":"c"}""", "text"),
            ("""{"clientMessageId":"c","text":"   "}""", "text"),
            ($$"""{"clientMessageId":"c","text":"{{new string('x', 2001)}}"}""", "text"),
            ("""{"clientMessageId":"c","text":"hi","replyTo":"nope"}""", "replyTo"),
            ($$"""{"clientMessageId":"c","text":"hi","replyTo":"{{Guid.NewGuid()}}"}""", "replyTo"),
            ("""{"clientMessageId":"c","storyId":"story"}""", "storyId"),
            ("""{"clientMessageId":"c","contentId":""}""", "contentId"),
        })
        {
            var response = await Api.SendAsync(HttpMethod.Post, path, ana, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body[..Math.Min(60, body.Length)]}: {response.StatusCode}");
            Assert.Equal([field], await EngagementApi.FieldsAsync(response));
        }

        foreach (var (method, url, body, field) in new[]
        {
            (HttpMethod.Get, $"{path}?before=0", (string?)null, "before"),
            (HttpMethod.Get, $"{path}?before=3&after=1", null, "before"),
            (HttpMethod.Get, $"{path}?cursor=bm9wZQ", null, "cursor"),
            (HttpMethod.Post, $"/api/v1/conversations/{conversation}:read", """{"upToSeq":0}""", "upToSeq"),
            (HttpMethod.Post, $"/api/v1/conversations/{conversation}:read", """{"upToSeq":1}""", "upToSeq"),
            (HttpMethod.Patch, $"{path}/not-a-message", """{"text":"x"}""", "messageId"),
            (HttpMethod.Put, $"{path}/{Guid.NewGuid()}/reactions/ok", null, "emoji"),
        })
        {
            var response = await Api.SendAsync(method, url, ana, body);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {url}: {response.StatusCode}");
            Assert.Equal([field], await EngagementApi.FieldsAsync(response));
        }

        Assert.Equal(0, await Api.CountAsync("messages", "conversation_id = $id", conversation));
        Assert.Equal(0, await Api.EventsAsync("MessageSent", conversation));
        Assert.Equal(0, await Api.EventsAsync("ConversationRead", conversation));
    }

    [Fact]
    public async Task Other_services_send_in_the_pairs_direct_conversation_through_the_internal_rpc_with_the_same_rules()
    {
        var ana = await Graph.NewUserAsync("mi");
        var owner = await Graph.NewUserAsync("mi");
        var blocker = await Graph.NewUserAsync("mi");
        await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}", blocker);
        var internalClient = await Api.InternalClientAsync();
        var story = Guid.NewGuid().ToString();
        SendMessageRequest Reply(TestUser to) => new() { SenderId = ana.Id, RecipientId = to.Id, ClientMessageId = "story-reply-1", Text = "great story", StoryId = story };

        var denied = await Assert.ThrowsAsync<RpcException>(() => Api.ClientOf(ana).SendMessageAsync(Reply(owner)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        var first = await internalClient.SendMessageAsync(Reply(owner));
        var again = await internalClient.SendMessageAsync(Reply(owner));
        Assert.Equal((true, false, story, 1L), (first.Created, again.Created, first.Message.StoryId, first.Message.Seq));
        Assert.Equal(first.Message.MessageId, again.Message.MessageId);
        Assert.Equal(first.Message.ConversationId, await Api.StartAsync(owner, ana));
        var blocked = await Assert.ThrowsAsync<RpcException>(() => internalClient.SendMessageAsync(Reply(blocker)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, blocked.StatusCode);
    }

    private static long[] Seqs(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("seq").GetInt64())];

    private static (string, long, bool)[] Reactions(JsonElement message) =>
        [.. message.GetProperty("reactions").EnumerateArray().Select(r => (r.GetProperty("emoji").GetString()!, r.GetProperty("count").GetInt64(), r.GetProperty("mine").GetBoolean()))];
}

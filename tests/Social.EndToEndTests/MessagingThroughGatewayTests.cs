using System.Net;
using System.Text.Json;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>
/// Direct messages through the gateway with the whole suite: start a 1:1, send, list, react, read; a stranger's
/// conversation lands in the recipient's requests (their whoCanMessage, from Profile's event) until accepted.
/// </summary>
public sealed class MessagingThroughGatewayTests(SuiteFixture suite)
{
    private readonly GatewayClient _client = new(suite);

    [Fact]
    public async Task Start_send_list_react_and_read_a_direct_conversation()
    {
        var ana = await _client.SignedInUserAsync("e2e_dm_ana", signInAtProfile: true);
        var bob = await _client.SignedInUserAsync("e2e_dm_bob", signInAtProfile: true);

        var started = await _client.JsonAsync(ana, HttpMethod.Post, "/api/v1/conversations", $$"""{"memberIds":["{{bob.Id}}"]}""", HttpStatusCode.Created);
        var id = started.GetProperty("conversationId").GetString();
        Assert.Equal(id, (await _client.JsonAsync(bob, HttpMethod.Post, "/api/v1/conversations", $$"""{"memberIds":["{{ana.Id}}"]}""")).GetProperty("conversationId").GetString());

        var sent = await _client.JsonAsync(ana, HttpMethod.Post, $"/api/v1/conversations/{id}/messages", """{"clientMessageId":"e2e-1","text":"hi Bob"}""", HttpStatusCode.Created);
        var retried = await _client.JsonAsync(ana, HttpMethod.Post, $"/api/v1/conversations/{id}/messages", """{"clientMessageId":"e2e-1","text":"hi Bob"}""");
        await _client.JsonAsync(ana, HttpMethod.Post, $"/api/v1/conversations/{id}/messages", """{"clientMessageId":"e2e-2","text":"are you there?"}""", HttpStatusCode.Created);
        var messageId = sent.GetProperty("messageId").GetString();
        Assert.Equal((messageId, 1L), (retried.GetProperty("messageId").GetString(), retried.GetProperty("seq").GetInt64()));

        var inbox = (await _client.JsonAsync(bob, HttpMethod.Get, "/api/v1/conversations")).GetProperty("items")[0];
        Assert.Equal((id, 2L, "are you there?"), (
            inbox.GetProperty("conversationId").GetString(), inbox.GetProperty("unreadCount").GetInt64(), inbox.GetProperty("lastMessage").GetProperty("text").GetString()));

        var reacted = await _client.JsonAsync(bob, HttpMethod.Put, $"/api/v1/conversations/{id}/messages/{messageId}/reactions/%E2%9D%A4%EF%B8%8F");
        Assert.Equal(("❤️", 1L, true), Reaction(reacted));
        Assert.Equal(("❤️", 1L, false), Reaction((await _client.JsonAsync(ana, HttpMethod.Get, $"/api/v1/conversations/{id}/messages")).GetProperty("items")[0]));

        var read = await _client.JsonAsync(bob, HttpMethod.Post, $"/api/v1/conversations/{id}:read", """{"upToSeq":2}""");
        Assert.Equal((2L, 0L), (read.GetProperty("readUpToSeq").GetInt64(), read.GetProperty("unreadCount").GetInt64()));
        Assert.Equal(0, (await _client.JsonAsync(bob, HttpMethod.Get, $"/api/v1/conversations/{id}")).GetProperty("unreadCount").GetInt64());

        using var stranger = await _client.SendAsync(await _client.SignedInUserAsync("e2e_dm_cy", signInAtProfile: true), HttpMethod.Get, $"/api/v1/conversations/{id}/messages");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task A_strangers_conversation_waits_in_requests_until_accepted()
    {
        var dana = await _client.SignedInUserAsync("e2e_dm_dana", signInAtProfile: true);
        var stranger = await _client.SignedInUserAsync("e2e_dm_stranger", signInAtProfile: true);
        var helper = await _client.SignedInUserAsync("e2e_dm_helper", signInAtProfile: true);
        await _client.JsonAsync(dana, HttpMethod.Patch, "/api/v1/me", """{"settings":{"whoCanMessage":"followers"}}""");

        // Messaging applies the setting from Profile's event: until it has, a probe group still reaches Dana's inbox.
        await Eventually.ReturnsAsync(
            async () =>
            {
                var probe = await _client.JsonAsync(
                    stranger, HttpMethod.Post, "/api/v1/conversations", $$"""{"memberIds":["{{dana.Id}}","{{helper.Id}}"]}""", HttpStatusCode.Created);
                return (await _client.JsonAsync(dana, HttpMethod.Get, $"/api/v1/conversations/{probe.GetProperty("conversationId").GetString()}")).GetProperty("folder").GetString();
            },
            folder => folder == "requests",
            GatewayClient.Patience,
            "Messaging to apply Dana's whoCanMessage");

        var id = (await _client.JsonAsync(stranger, HttpMethod.Post, "/api/v1/conversations", $$"""{"memberIds":["{{dana.Id}}"]}""", HttpStatusCode.Created))
            .GetProperty("conversationId").GetString()!;
        await _client.JsonAsync(stranger, HttpMethod.Post, $"/api/v1/conversations/{id}/messages", """{"clientMessageId":"hello","text":"hello Dana"}""", HttpStatusCode.Created);

        Assert.Contains(id, await _client.ListAsync(dana, "/api/v1/conversations?folder=requests", "conversationId"));
        Assert.DoesNotContain(id, await _client.ListAsync(dana, "/api/v1/conversations", "conversationId"));
        Assert.Equal("inbox", (await _client.JsonAsync(dana, HttpMethod.Post, $"/api/v1/conversations/{id}:accept")).GetProperty("folder").GetString());
        Assert.Contains(id, await _client.ListAsync(dana, "/api/v1/conversations", "conversationId"));
        Assert.DoesNotContain(id, await _client.ListAsync(dana, "/api/v1/conversations?folder=requests", "conversationId"));
    }

    private static (string?, long, bool) Reaction(JsonElement message)
    {
        var reaction = message.GetProperty("reactions")[0];
        return (reaction.GetProperty("emoji").GetString(), reaction.GetProperty("count").GetInt64(), reaction.GetProperty("mine").GetBoolean());
    }
}

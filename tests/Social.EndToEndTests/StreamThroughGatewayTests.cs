using System.Net;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>
/// The live stream through the gateway with the whole suite: a message arrives on the recipient's open stream; a
/// reconnect with Last-Event-ID gets what it missed, once, then live events; a browser opens it with a ticket, once.
/// </summary>
public sealed class StreamThroughGatewayTests(SuiteFixture suite)
{
    private readonly GatewayClient _client = new(suite);

    [Fact]
    public async Task A_message_reaches_the_open_stream_a_reconnect_gets_what_it_missed_then_live_events_and_a_ticket_opens_it_once()
    {
        var ana = await _client.SignedInUserAsync("e2e_st_ana", signInAtProfile: true);
        var bob = await _client.SignedInUserAsync("e2e_st_bob", signInAtProfile: true);
        string id;
        await using (var stream = await _client.OpenStreamAsync(bob))
        {
            id = (await _client.JsonAsync(ana, HttpMethod.Post, "/api/v1/conversations", $$"""{"memberIds":["{{bob.Id}}"]}""", HttpStatusCode.Created)).GetProperty("conversationId").GetString()!;
            await SendAsync(ana, id, "live");
            var received = await stream.TakeAsync(2, GatewayClient.Patience);
            Assert.Equal([("1", "conversation"), ("2", "message")], received.Select(e => (e.Id, e.Type)));
            Assert.Equal("live", received[1].Text("text"));
        }

        await SendAsync(ana, id, "missed");
        await using var again = await _client.OpenStreamAsync(bob, lastEventId: "2");
        var missed = await again.NextAsync(GatewayClient.Patience);
        Assert.Equal(("3", "missed"), (missed.Id, missed.Text("text")));
        await SendAsync(ana, id, "live again");
        var live = await again.NextAsync(GatewayClient.Patience);
        Assert.Equal(("4", "live again"), (live.Id, live.Text("text")));

        // A browser's EventSource: a single-use ticket instead of a token, from an allowed origin.
        var ticket = Uri.EscapeDataString((await _client.JsonAsync(bob, HttpMethod.Post, "/api/v1/stream/tickets")).GetProperty("ticket").GetString()!);
        await using (var browser = await _client.OpenStreamAsync(null, $"/api/v1/stream?ticket={ticket}", lastEventId: "4", origin: SuiteFixture.BrowserOrigin))
        {
            Assert.Equal(SuiteFixture.BrowserOrigin, browser.Headers.GetValues("Access-Control-Allow-Origin").Single());
            await SendAsync(ana, id, "to the browser");
            Assert.Equal(("5", "to the browser"), await NextMessageAsync(browser));
        }

        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };
        using var reused = await EventStreamReader.SendAsync(http, $"/api/v1/stream?ticket={ticket}");
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
    }

    private static async Task<(string?, string?)> NextMessageAsync(EventStreamReader stream)
    {
        var next = await stream.NextAsync(GatewayClient.Patience);
        return (next.Id, next.Text("text"));
    }

    private Task<System.Text.Json.JsonElement> SendAsync(GatewayUser sender, string conversationId, string text) =>
        _client.JsonAsync(sender, HttpMethod.Post, $"/api/v1/conversations/{conversationId}/messages", $$"""{"clientMessageId":"{{Guid.NewGuid()}}","text":"{{text}}"}""", HttpStatusCode.Created);
}

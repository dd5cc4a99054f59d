using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Messaging;

/// <summary>
/// Stream tickets, for a browser's EventSource: a ticket opens its owner's stream once, without a token; a second use,
/// another signed-in user's use and a use after 60 seconds (on a fake clock, in a suite of its own) are refused.
/// </summary>
public sealed class StreamTicketTests(MessagingSuiteFixture suite, SharedBroker broker) : MessagingApiTestBase(suite)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_ticket_opens_its_owners_stream_once_without_a_token()
    {
        var ana = await Graph.NewUserAsync("sx");
        var bob = await Graph.NewUserAsync("sx");
        var ticket = await TicketAsync(Api, ana);

        await using (var stream = await EventStreamReader.OpenAsync(Api.Client, $"/api/v1/stream?ticket={ticket}"))
        {
            var direct = await Api.StartAsync(ana, bob);
            var created = await stream.NextAsync(Wait);
            Assert.Equal(("1", "conversation", direct), (created.Id, created.Type, created.Text("conversationId")));
        }

        await AssertUnauthenticatedAsync(await EventStreamReader.SendAsync(Api.Client, $"/api/v1/stream?ticket={ticket}"));
    }

    [Fact]
    public async Task Another_users_ticket_a_made_up_one_and_none_at_all_are_refused()
    {
        var ana = await Graph.NewUserAsync("sy");
        var bob = await Graph.NewUserAsync("sy");

        await AssertUnauthenticatedAsync(await EventStreamReader.SendAsync(Api.Client, $"/api/v1/stream?ticket={await TicketAsync(Api, ana)}", bob.Token));
        await AssertUnauthenticatedAsync(await EventStreamReader.SendAsync(Api.Client, "/api/v1/stream?ticket=made-up"));
        await AssertUnauthenticatedAsync(await EventStreamReader.SendAsync(Api.Client, "/api/v1/stream"));
        await AssertUnauthenticatedAsync(await EventStreamReader.SendAsync(Api.Client, "/api/v1/stream", "not-a-token"));
        using var badPosition = await EventStreamReader.SendAsync(Api.Client, "/api/v1/stream", ana.Token, lastEventId: "-1");
        Assert.Equal(HttpStatusCode.BadRequest, badPosition.StatusCode);
        Assert.Equal(0, await Api.CountAsync("stream_tickets", "user_id = $id", bob.Id));
    }

    [Fact]
    public async Task A_ticket_is_refused_sixty_seconds_after_it_was_issued()
    {
        // A little ahead of the wall clock, so that tokens issued now are already valid on it.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(30));
        await using var services = await Suite.StartAsync(broker.Node, replaceMessagingServices: s => s.AddSingleton<TimeProvider>(clock));
        var api = new MessagingApi(services);
        var ana = await new GraphApi(services).NewUserAsync("sz");

        var inTime = await TicketAsync(api, ana);
        clock.Advance(TimeSpan.FromSeconds(59));
        await (await EventStreamReader.OpenAsync(api.Client, $"/api/v1/stream?ticket={inTime}")).DisposeAsync();

        var late = await TicketAsync(api, ana);
        clock.Advance(TimeSpan.FromSeconds(60));
        await AssertUnauthenticatedAsync(await EventStreamReader.SendAsync(api.Client, $"/api/v1/stream?ticket={late}"));
    }

    private static async Task<string> TicketAsync(MessagingApi api, TestUser user)
    {
        var issued = await api.JsonAsync(HttpMethod.Post, "/api/v1/stream/tickets", user);
        Assert.Equal(60, issued.GetProperty("expiresIn").GetInt32());
        return Uri.EscapeDataString(issued.GetProperty("ticket").GetString()!);
    }

    private static async Task AssertUnauthenticatedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// The live stream's route: GET only, passed without a token (the service admits a ticket), never buffered, and held
/// open for as long as the client stays, within a limit of open streams per user.
/// </summary>
public sealed class StreamRouteTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_event_stream_is_passed_on_event_by_event_without_a_token_when_it_carries_a_ticket()
    {
        string? query = null;
        await using var messaging = await UpstreamStub.StartAsync(
            async context =>
            {
                query = context.Request.QueryString.Value;
                context.Response.ContentType = "text/event-stream";
                await context.Response.WriteAsync("id: 1\nevent: message\ndata: {\"text\":\"first\"}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                // The stream stays open: the client can only have the event if nothing on the way buffered it.
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            },
            HttpProtocols.Http2);
        await using var gateway = new GatewayFactory().WithGrpc(ResourceNames.Messaging, messaging.Address);
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;

        await using var stream = await EventStreamReader.OpenAsync(client, "/api/v1/stream?ticket=abc");
        var first = await stream.NextAsync(Wait);

        Assert.Equal(("1", "message", "first"), (first.Id, first.Type, first.Text("text")));
        Assert.Equal("?ticket=abc", query);
    }

    [Fact]
    public async Task Open_streams_past_the_per_user_limit_answer_429_until_one_closes()
    {
        await using var messaging = await UpstreamStub.HoldingEventStreamsAsync();
        await using var gateway = new GatewayFactory().WithSetting("RateLimits:OpenStreamsPerUser", "2").WithGrpc(ResourceNames.Messaging, messaging.Address);
        using var client = gateway.CreateClient();

        var first = await EventStreamReader.OpenAsync(client, "/api/v1/stream");
        await using var second = await EventStreamReader.OpenAsync(client, "/api/v1/stream");
        using (var third = await EventStreamReader.SendAsync(client, "/api/v1/stream"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.True(third.Headers.RetryAfter is not null);
            Assert.Contains("rate_limited", await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        await first.DisposeAsync();
        await Eventually.ReturnsAsync(
            async () =>
            {
                using var again = await EventStreamReader.SendAsync(client, "/api/v1/stream");
                return again.StatusCode;
            },
            status => status == HttpStatusCode.OK,
            Wait,
            "a closed stream to free its place");
    }

    [Fact]
    public async Task Open_streams_share_one_HTTP2_connection_to_the_service_instead_of_a_socket_each()
    {
        // An idle stream must cost the service a stream of a shared connection, not a socket: a process has few sockets.
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Protocol, string Connection)>();
        await using var messaging = await UpstreamStub.HoldingEventStreamsAsync(context => seen.Add((context.Request.Protocol, context.Connection.Id)));
        await using var gateway = new GatewayFactory().WithGrpc(ResourceNames.Messaging, messaging.Address);
        using var client = gateway.CreateClient();

        var streams = new List<EventStreamReader>();
        try
        {
            foreach (var user in new[] { "00000000-0000-7000-8000-000000000011", "00000000-0000-7000-8000-000000000012", "00000000-0000-7000-8000-000000000013" })
            {
                streams.Add(await EventStreamReader.OpenAsync(client, "/api/v1/stream", gateway.TokenFor(user)));
            }
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }

        Assert.Equal(3, seen.Count);
        Assert.All(seen, request => Assert.Equal("HTTP/2", request.Protocol));
        Assert.Single(seen.Select(request => request.Connection).Distinct());
    }
}

using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Social.FunctionalTests.Infrastructure;
using Social.Gateway.RateLimiting.Shared;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// Two gateway replicas sharing one real Redis server: the limits hold across them, a dead replica's open streams stop
/// counting once their leases lapse, and with Redis gone each replica goes on counting by itself.
/// </summary>
public sealed class SharedRateLimitTests
{
    private const string Address = "203.0.113.7";

    // As in RateLimitTests: 15 s into a minute, so both replicas count in one window that resets in 45 s.
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 15, TimeSpan.Zero);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly Uri Me = new("/api/v1/me", UriKind.Relative);
    private const string Stream = "/api/v1/stream";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_users_requests_split_between_two_replicas_are_refused_at_the_limit_not_twice_it()
    {
        var received = 0;
        await using var redis = await RedisServer.StartNewAsync(Cancellation);
        await using var profile = await CountingEchoAsync(() => Interlocked.Increment(ref received));
        await using var first = Replica(redis, ("RateLimits:PerUser:PermitLimit", "4")).WithHttp(ResourceNames.Profile, profile.Address);
        await using var second = Replica(redis, ("RateLimits:PerUser:PermitLimit", "4")).WithHttp(ResourceNames.Profile, profile.Address);
        using var viaFirst = ClientFrom(first);
        using var viaSecond = ClientFrom(second);

        for (var remaining = 3; remaining >= 0; remaining--)
        {
            var admitted = await (remaining % 2 == 1 ? viaFirst : viaSecond).GetAsync(Me, Cancellation);
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
            Assert.Equal($"{remaining}", Assert.Single(admitted.Headers.GetValues("X-RateLimit-Remaining")));
        }

        foreach (var client in new[] { viaFirst, viaSecond })
        {
            var refused = await client.GetAsync(Me, Cancellation);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(45), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("0", Assert.Single(refused.Headers.GetValues("X-RateLimit-Remaining")));
        }

        Assert.Equal(4, Volatile.Read(ref received));
    }

    [Fact]
    public async Task A_user_refused_by_their_own_limit_on_one_replica_does_not_spend_the_address_budget_on_the_other()
    {
        await using var redis = await RedisServer.StartNewAsync(Cancellation);
        await using var profile = await CountingEchoAsync(() => { });
        (string, string)[] limits = [("RateLimits:PerUser:PermitLimit", "2"), ("RateLimits:PerIp:PermitLimit", "3")];
        await using var first = Replica(redis, limits).WithHttp(ResourceNames.Profile, profile.Address);
        await using var second = Replica(redis, limits).WithHttp(ResourceNames.Profile, profile.Address);
        using var viaFirst = ClientFrom(first);
        using var viaSecond = ClientFrom(second);
        var alice = first.TokenFor("11111111-1111-1111-1111-111111111111");
        var bob = first.TokenFor("22222222-2222-2222-2222-222222222222");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(viaFirst, alice)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(viaSecond, alice)).StatusCode);
        // Refused by Alice's own limit, on either replica: these do not spend the address's budget (3).
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(viaFirst, alice)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(viaSecond, alice)).StatusCode);

        var bobs = await GetAsync(viaSecond, bob);
        Assert.Equal(HttpStatusCode.OK, bobs.StatusCode);
        Assert.Equal(("3", "0"), (Assert.Single(bobs.Headers.GetValues("X-RateLimit-Limit")), Assert.Single(bobs.Headers.GetValues("X-RateLimit-Remaining"))));
        var refused = await GetAsync(viaFirst, bob);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("3", Assert.Single(refused.Headers.GetValues("X-RateLimit-Limit")));
    }

    [Fact]
    public async Task Open_streams_are_counted_across_replicas_and_a_closed_one_frees_its_place_on_the_other()
    {
        await using var redis = await RedisServer.StartNewAsync(Cancellation);
        await using var messaging = await UpstreamStub.HoldingEventStreamsAsync();
        await using var first = StreamReplica(redis, messaging, ("RateLimits:OpenStreamsPerUser", "2"));
        await using var second = StreamReplica(redis, messaging, ("RateLimits:OpenStreamsPerUser", "2"));
        using var viaFirst = first.CreateClient();
        using var viaSecond = second.CreateClient();

        var onFirst = await EventStreamReader.OpenAsync(viaFirst, Stream);
        await using var onSecond = await EventStreamReader.OpenAsync(viaSecond, Stream);
        foreach (var client in new[] { viaFirst, viaSecond })
        {
            using var third = await EventStreamReader.SendAsync(client, Stream);
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.Contains("rate_limited", await third.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        }

        await onFirst.DisposeAsync();
        await Eventually.ReturnsAsync(() => StreamStatusAsync(viaSecond), status => status == HttpStatusCode.OK, Wait, "a stream closed on one replica to free its place on the other");
    }

    [Fact]
    public async Task The_streams_of_a_replica_that_stopped_renewing_stop_counting_once_their_leases_lapse()
    {
        await using var redis = await RedisServer.StartNewAsync(Cancellation);
        await using var messaging = await UpstreamStub.HoldingEventStreamsAsync();
        (string, string)[] settings = [("RateLimits:OpenStreamsPerUser", "2"), ("RateLimits:OpenStreamLease", "00:00:03")];
        await using var crashing = StreamReplica(redis, messaging, settings);
        await using var surviving = StreamReplica(redis, messaging, settings);
        using var viaCrashing = crashing.CreateClient();
        using var viaSurviving = surviving.CreateClient();

        await using var one = await EventStreamReader.OpenAsync(viaCrashing, Stream);
        await using var two = await EventStreamReader.OpenAsync(viaCrashing, Stream);
        Assert.Equal(HttpStatusCode.TooManyRequests, await StreamStatusAsync(viaSurviving));

        // Renewed every second, its leases outlive the first three seconds.
        await Task.Delay(TimeSpan.FromSeconds(4.5), Cancellation);
        Assert.Equal(HttpStatusCode.TooManyRequests, await StreamStatusAsync(viaSurviving));

        // As a crash would, the replica stops renewing while its streams are never closed.
        await crashing.Services.GetServices<IHostedService>().OfType<StreamLeaseRenewal>().Single().StopAsync(Cancellation);

        await Eventually.ReturnsAsync(() => StreamStatusAsync(viaSurviving), status => status == HttpStatusCode.OK, Wait, "the stopped replica's leases to lapse");
    }

    [Fact]
    public async Task With_redis_gone_streams_still_open_within_a_limit_per_replica()
    {
        await using var redis = await RedisServer.StartNewAsync(Cancellation);
        await using var messaging = await UpstreamStub.HoldingEventStreamsAsync();
        await using var first = StreamReplica(redis, messaging, ("RateLimits:OpenStreamsPerUser", "1"));
        await using var second = StreamReplica(redis, messaging, ("RateLimits:OpenStreamsPerUser", "1"));
        using var viaFirst = first.CreateClient();
        using var viaSecond = second.CreateClient();

        await using var onFirst = await EventStreamReader.OpenAsync(viaFirst, Stream);
        Assert.Equal(HttpStatusCode.TooManyRequests, await StreamStatusAsync(viaSecond));

        await redis.StopAsync();

        // The second replica counts its own streams now: one opens, the next is over its limit.
        await using var onSecond = await EventStreamReader.OpenAsync(viaSecond, Stream);
        Assert.Equal(HttpStatusCode.TooManyRequests, await StreamStatusAsync(viaSecond));
    }

    [Fact]
    public async Task With_redis_gone_every_replica_serves_requests_within_limits_of_its_own()
    {
        await using var redis = await RedisServer.StartNewAsync(Cancellation);
        await using var profile = await CountingEchoAsync(() => { });
        await using var first = Replica(redis, ("RateLimits:PerUser:PermitLimit", "3")).WithHttp(ResourceNames.Profile, profile.Address);
        await using var second = Replica(redis, ("RateLimits:PerUser:PermitLimit", "3")).WithHttp(ResourceNames.Profile, profile.Address);
        using var viaFirst = ClientFrom(first);
        using var viaSecond = ClientFrom(second);
        using var fallbacks = new TaggedCounter("social.gateway.rate_limit.store_fallbacks", "social.rate_limit.operation", only: ("social.rate_limit.operation", "window"));

        Assert.Equal(HttpStatusCode.OK, (await viaFirst.GetAsync(Me, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viaSecond.GetAsync(Me, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viaFirst.GetAsync(Me, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await viaSecond.GetAsync(Me, Cancellation)).StatusCode);

        Assert.Equal("Healthy", await HealthAsync(viaFirst));
        await redis.StopAsync();

        foreach (var client in new[] { viaFirst, viaSecond })
        {
            for (var remaining = 2; remaining >= 0; remaining--)
            {
                var served = await client.GetAsync(Me, Cancellation);
                Assert.Equal(HttpStatusCode.OK, served.StatusCode);
                Assert.Equal($"{remaining}", Assert.Single(served.Headers.GetValues("X-RateLimit-Remaining")));
            }

            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(Me, Cancellation)).StatusCode);
        }

        // Still ready for traffic, and saying that the limits are per instance now.
        Assert.Equal("Degraded", await HealthAsync(viaFirst));
        // The meter is the process's: others may add to it, never take from it.
        Assert.True(fallbacks.Total >= 8, $"Counted {fallbacks.Total} fallbacks of the window limits.");
    }

    private static GatewayFactory Replica(RedisServer redis, params (string Key, string Value)[] settings)
    {
        var gateway = new GatewayFactory().WithClock(new FrozenClock(Now)).WithSetting("ConnectionStrings:redis", redis.ConnectionString);
        foreach (var (key, value) in settings)
        {
            gateway.WithSetting(key, value);
        }

        return gateway;
    }

    /// <summary>A replica on the real clock: stream leases expire by Redis's clock, and windows may turn without harm here.</summary>
    private static GatewayFactory StreamReplica(RedisServer redis, UpstreamStub messaging, params (string Key, string Value)[] settings)
    {
        var gateway = new GatewayFactory().WithSetting("ConnectionStrings:redis", redis.ConnectionString).WithGrpc(ResourceNames.Messaging, messaging.Address);
        foreach (var (key, value) in settings)
        {
            gateway.WithSetting(key, value);
        }

        return gateway;
    }

    private static HttpClient ClientFrom(GatewayFactory gateway)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, Address);
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Me);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, Cancellation);
    }

    private static async Task<string> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri(HealthEndpoints.HealthPath, UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private static async Task<HttpStatusCode> StreamStatusAsync(HttpClient client)
    {
        using var response = await EventStreamReader.SendAsync(client, Stream);
        return response.StatusCode;
    }

    private static Task<UpstreamStub> CountingEchoAsync(Action onRequest) =>
        UpstreamStub.StartAsync(context =>
        {
            onRequest();
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });
}

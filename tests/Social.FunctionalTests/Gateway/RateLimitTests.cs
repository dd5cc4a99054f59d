using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>The gateway's rate limits, configured low: per address, per user, per sign-in handle, and what is exempt.</summary>
public sealed class RateLimitTests
{
    private const string Address = "203.0.113.7";
    private const string OtherAddress = "198.51.100.9";

    // The clock stands 15 s into a minute, so every one-minute window resets in 45 s.
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 15, TimeSpan.Zero);
    private static readonly TimeSpan UntilReset = TimeSpan.FromSeconds(45);

    private static readonly Uri Me = new("/api/v1/me", UriKind.Relative);
    private static readonly Uri Token = new("/connect/token", UriKind.Relative);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_past_the_per_address_limit_answers_429_with_the_headers_and_never_reaches_the_service()
    {
        var received = 0;
        await using var profile = await UpstreamStub.StartAsync(context =>
        {
            Interlocked.Increment(ref received);
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var gateway = Limited(("RateLimits:PerIp:PermitLimit", "3")).WithHttp(ResourceNames.Profile, profile.Address);
        using var client = ClientFrom(gateway, Address);

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var admitted = await client.GetAsync(Me, Cancellation);
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
            AssertLimitHeaders(admitted, limit: 3, remaining);
        }

        var refused = await client.GetAsync(Me, Cancellation);

        await AssertRateLimitedAsync(refused, limit: 3);
        Assert.Equal(3, Volatile.Read(ref received));
    }

    [Fact]
    public async Task Every_refusal_is_counted_by_the_limit_that_refused_it()
    {
        await using var profile = await EchoAsync();
        await using var gateway = Limited(("RateLimits:PerUser:PermitLimit", "1")).WithHttp(ResourceNames.Profile, profile.Address);
        using var client = ClientFrom(gateway, Address);
        using var refusals = new TaggedCounter("social.gateway.rate_limit.refusals", "social.rate_limit", only: ("social.rate_limit", "per user"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Me, Cancellation)).StatusCode);
        await AssertRateLimitedAsync(await client.GetAsync(Me, Cancellation), limit: 1);
        await AssertRateLimitedAsync(await client.GetAsync(Me, Cancellation), limit: 1);

        // The meter is the process's, so other tests' refusals may add to it, never take from it.
        Assert.True(refusals.Total >= 2, $"Counted {refusals.Total} refusals by the per-user limit.");
    }

    [Fact]
    public async Task Another_address_keeps_its_own_budget()
    {
        await using var profile = await EchoAsync();
        await using var gateway = Limited(("RateLimits:PerIp:PermitLimit", "1")).WithHttp(ResourceNames.Profile, profile.Address);
        using var first = ClientFrom(gateway, Address);
        using var second = ClientFrom(gateway, OtherAddress);

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(Me, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync(Me, Cancellation)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(Me, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Users_behind_one_address_each_have_their_own_budget_and_the_address_budget_caps_them_all()
    {
        var received = 0;
        await using var profile = await UpstreamStub.StartAsync(context =>
        {
            Interlocked.Increment(ref received);
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var gateway = Limited(("RateLimits:PerUser:PermitLimit", "2"), ("RateLimits:PerIp:PermitLimit", "3"))
            .WithHttp(ResourceNames.Profile, profile.Address);
        using var client = ClientFrom(gateway, Address);
        var alice = gateway.TokenFor("11111111-1111-1111-1111-111111111111");
        var bob = gateway.TokenFor("22222222-2222-2222-2222-222222222222");

        // Alice uses up her own budget; her refused call does not spend the address's.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, Me, alice)).StatusCode);
        var last = await GetAsync(client, Me, alice);
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        AssertLimitHeaders(last, limit: 2, remaining: 0);
        await AssertRateLimitedAsync(await GetAsync(client, Me, alice), limit: 2);

        // Bob still has his, until the address's budget (3) runs out for everyone behind it.
        var bobs = await GetAsync(client, Me, bob);
        Assert.Equal(HttpStatusCode.OK, bobs.StatusCode);
        AssertLimitHeaders(bobs, limit: 3, remaining: 0);
        await AssertRateLimitedAsync(await GetAsync(client, Me, bob), limit: 3);
        await AssertRateLimitedAsync(await GetAsync(client, Me, token: null), limit: 3);

        Assert.Equal(3, Volatile.Read(ref received));
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_handle_are_refused_past_its_limit_while_another_handle_passes_until_the_address_limit()
    {
        var received = 0;
        await using var profile = await UpstreamStub.StartAsync(async context =>
        {
            Interlocked.Increment(ref received);
            await InvalidGrantAsync(context);
        });
        await using var gateway = Limited(("RateLimits:SignIn:PerHandleAndIp:PermitLimit", "2"), ("RateLimits:SignIn:PerIp:PermitLimit", "3"))
            .WithHttp(ResourceNames.Profile, profile.Address);
        using var client = ClientFrom(gateway, Address);

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, "ana")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, "ana")).StatusCode);
        // Handles are case-insensitive and trimmed: this is the same handle.
        await AssertRateLimitedAsync(await SignInAsync(client, " ANA "), limit: 2);

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, "bob")).StatusCode);
        await AssertRateLimitedAsync(await SignInAsync(client, "cy"), limit: 3);

        Assert.Equal(3, Volatile.Read(ref received));
    }

    [Fact]
    public async Task Failing_on_purpose_from_another_address_never_locks_a_handles_owner_out()
    {
        var received = 0;
        await using var profile = await UpstreamStub.StartAsync(async context =>
        {
            Interlocked.Increment(ref received);
            await InvalidGrantAsync(context);
        });
        await using var gateway = Limited(("RateLimits:SignIn:PerHandleAndIp:PermitLimit", "2"), ("RateLimits:SignIn:PerIp:PermitLimit", "10"))
            .WithHttp(ResourceNames.Profile, profile.Address);
        using var attacker = ClientFrom(gateway, "203.0.113.66");
        using var owner = ClientFrom(gateway, Address);

        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(attacker, "ana")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(attacker, "ana")).StatusCode);
        await AssertRateLimitedAsync(await SignInAsync(attacker, "ana"), limit: 2);

        // Ana's own attempts still reach Profile (the stub refuses every password; what matters is that it is asked).
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(owner, "ana")).StatusCode);
        Assert.Equal(3, Volatile.Read(ref received));
    }

    [Fact]
    public async Task Account_creation_past_the_per_address_limit_is_refused_as_json_and_as_grpc()
    {
        var created = 0;
        await using var profile = await UpstreamStub.StartAsync(async context =>
        {
            Interlocked.Increment(ref created);
            context.Response.StatusCode = StatusCodes.Status201Created;
            await context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var profileGrpc = await UpstreamStub.StartAsync(
            async context =>
            {
                Interlocked.Increment(ref created);
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                context.Response.ContentType = "application/grpc";
                context.Response.AppendTrailer("grpc-status", "0");
            },
            HttpProtocols.Http2);
        await using var gateway = Limited(("RateLimits:SignUp:PerIp:PermitLimit", "2"), ("RateLimits:SignUp:PerIp:Window", "00:01:00"))
            .WithHttp(ResourceNames.Profile, profile.Address)
            .WithGrpc(ResourceNames.Profile, profileGrpc.Address);
        using var client = ClientFrom(gateway, Address);
        using var neighbour = ClientFrom(gateway, "203.0.113.67");

        Assert.Equal(HttpStatusCode.Created, (await SignUpAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CallGrpcAsync(client, "CreateAccount")).StatusCode);
        await AssertRateLimitedAsync(await SignUpAsync(client), limit: 2);
        var refusedGrpc = await CallGrpcAsync(client, "CreateAccount");
        Assert.Equal("8", Assert.Single(refusedGrpc.Headers.GetValues("grpc-status")));

        // Other calls from that address, and sign-ups from another, are not this limit's business.
        Assert.Equal(HttpStatusCode.OK, (await CallGrpcAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SignUpAsync(neighbour)).StatusCode);
        Assert.Equal(4, Volatile.Read(ref created));
    }

    [Fact]
    public async Task Sign_in_refusal_is_identical_for_an_existing_and_a_missing_handle()
    {
        // Profile knows "ana" (right password) and nobody called "ghost".
        await using var profile = await UpstreamStub.StartAsync(async context =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            if (form["username"] == "ana")
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"access_token":"t","token_type":"Bearer","expires_in":900}""", context.RequestAborted);
                return;
            }

            await InvalidGrantAsync(context);
        });
        await using var gateway = Limited(("RateLimits:SignIn:PerHandleAndIp:PermitLimit", "2"), ("RateLimits:SignIn:PerIp:PermitLimit", "10"))
            .WithHttp(ResourceNames.Profile, profile.Address);
        using var client = ClientFrom(gateway, Address);

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, "ana")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, "ana")).StatusCode);
        var existing = await SignInAsync(client, "ana");
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, "ghost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(client, "ghost")).StatusCode);
        var missing = await SignInAsync(client, "ghost");

        await AssertRateLimitedAsync(existing, limit: 2);
        Assert.Equal(missing.StatusCode, existing.StatusCode);
        Assert.Equal(Describe(missing.Headers), Describe(existing.Headers));
        Assert.Equal(missing.Content.Headers.ContentType, existing.Content.Headers.ContentType);
        Assert.Equal(await missing.Content.ReadAsByteArrayAsync(Cancellation), await existing.Content.ReadAsByteArrayAsync(Cancellation));
    }

    [Fact]
    public async Task Token_refreshes_are_not_counted_as_sign_in_attempts()
    {
        await using var profile = await UpstreamStub.StartAsync(context => context.Response.WriteAsync("{}", context.RequestAborted));
        await using var gateway = Limited(("RateLimits:SignIn:PerHandleAndIp:PermitLimit", "1"), ("RateLimits:SignIn:PerIp:PermitLimit", "1"))
            .WithHttp(ResourceNames.Profile, profile.Address);
        using var client = ClientFrom(gateway, Address);

        for (var i = 0; i < 3; i++)
        {
            using var refresh = new FormUrlEncodedContent(
                [new("grant_type", "refresh_token"), new("refresh_token", "r"), new("client_id", "social-app")]);
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Token, refresh, Cancellation)).StatusCode);
        }
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs")]
    public async Task Health_and_docs_are_never_limited(string path)
    {
        await using var gateway = Limited(("RateLimits:PerIp:PermitLimit", "1"));
        using var client = ClientFrom(gateway, Address);
        await client.GetAsync(Me, Cancellation);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(Me, Cancellation)).StatusCode);

        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("X-RateLimit-Limit"), $"{path} counted against a limit.");
        }
    }

    [Fact]
    public async Task Grpc_call_past_the_limit_gets_resource_exhausted()
    {
        await using var profileGrpc = await UpstreamStub.StartAsync(
            async context =>
            {
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                context.Response.ContentType = "application/grpc";
                context.Response.AppendTrailer("grpc-status", "0");
            },
            HttpProtocols.Http2);
        await using var gateway = Limited(("RateLimits:PerIp:PermitLimit", "1")).WithGrpc(ResourceNames.Profile, profileGrpc.Address);
        using var client = ClientFrom(gateway, Address);

        var admitted = await CallGrpcAsync(client);
        var refused = await CallGrpcAsync(client);

        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        Assert.False(admitted.Headers.Contains("grpc-status"), "The gateway answered instead of the service.");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("8", Assert.Single(refused.Headers.GetValues("grpc-status")));
        Assert.Equal(UntilReset, refused.Headers.RetryAfter?.Delta);
    }

    private static GatewayFactory Limited(params (string Key, string Value)[] settings)
    {
        var gateway = new GatewayFactory().WithClock(new FrozenClock(Now));
        foreach (var (key, value) in settings)
        {
            gateway.WithSetting(key, value);
        }

        return gateway;
    }

    private static HttpClient ClientFrom(GatewayFactory gateway, string address)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, Uri path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, Cancellation);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string handle)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "password"),
            new("username", handle),
            new("password", "not-the-password"),
            new("client_id", "social-app"),
        ]);
        return await client.PostAsync(Token, form, Cancellation);
    }

    private static async Task<HttpResponseMessage> CallGrpcAsync(HttpClient client, string method = "GetProfile")
    {
        using var call = new ByteArrayContent([0, 0, 0, 0, 0]);
        call.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        return await client.PostAsync(new Uri($"/social.profile.v1.ProfileService/{method}", UriKind.Relative), call, Cancellation);
    }

    private static async Task<HttpResponseMessage> SignUpAsync(HttpClient client)
    {
        using var body = new StringContent("""{"handle":"newcomer","password":"long-enough-secret","displayName":"New"}""", System.Text.Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/v1/accounts", UriKind.Relative), body, Cancellation);
    }

    private static Task<UpstreamStub> EchoAsync() =>
        UpstreamStub.StartAsync(context => context.Response.WriteAsync("{}", context.RequestAborted));

    private static Task InvalidGrantAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("""{"error":"invalid_grant"}""", context.RequestAborted);
    }

    private static void AssertLimitHeaders(HttpResponseMessage response, int limit, int remaining)
    {
        Assert.Equal($"{limit}", Assert.Single(response.Headers.GetValues("X-RateLimit-Limit")));
        Assert.Equal($"{remaining}", Assert.Single(response.Headers.GetValues("X-RateLimit-Remaining")));
        Assert.Equal($"{UntilReset.TotalSeconds}", Assert.Single(response.Headers.GetValues("X-RateLimit-Reset")));
    }

    private static async Task AssertRateLimitedAsync(HttpResponseMessage response, int limit)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(UntilReset, response.Headers.RetryAfter?.Delta);
        AssertLimitHeaders(response, limit, remaining: 0);
        var body = await ErrorBody.ReadAsync(response);
        Assert.Equal("rate_limited", body.Code);
        Assert.False(string.IsNullOrWhiteSpace(body.Message));
    }

    // Every header but Date, which may tick between two responses.
    private static string Describe(HttpResponseHeaders headers) => string.Join(
        "\n",
        headers.Where(header => header.Key != "Date").OrderBy(header => header.Key, StringComparer.Ordinal)
            .Select(header => $"{header.Key}: {string.Join(", ", header.Value)}"));
}

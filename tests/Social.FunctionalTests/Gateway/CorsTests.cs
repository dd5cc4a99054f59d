using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Social.ServiceDefaults;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// Browser apps: real preflight and cross-origin requests against the gateway, with the origins of <c>Cors:AllowedOrigins</c>.
/// The gateway answers preflights itself, and its own refusals (401, 404, 413, 429) carry the CORS headers as the
/// services' answers do, so a script can read them.
/// </summary>
public sealed class CorsTests
{
    private const string App = "http://localhost:5173";
    private const string OtherApp = "https://app.example.com";
    private const string Stranger = "https://evil.example";

    private static readonly string[] Exposed = ["Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Location", "Idempotency-Key"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_by_the_gateway_and_never_reaches_the_service()
    {
        var received = 0;
        await using var graph = await CountingAsync(() => Interlocked.Increment(ref received));
        await using var gateway = Allowing($"{App}, {OtherApp}").WithHttp(ResourceNames.Graph, graph.Address);

        var answer = await PreflightAsync(gateway, "/api/v1/me/mutes/someone", App, "PUT", "authorization,content-type,idempotency-key");

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal(App, Single(answer, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Single(answer, "Access-Control-Allow-Credentials"));
        Assert.Contains("PUT", Single(answer, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var allowedHeaders = Single(answer, "Access-Control-Allow-Headers");
        Assert.Contains("authorization", allowedHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("idempotency-key", allowedHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, Volatile.Read(ref received));
    }

    [Theory]
    [InlineData(Stranger)]
    [InlineData("http://localhost:5174")]
    [InlineData("https://localhost:5173")]
    public async Task A_preflight_from_an_origin_not_listed_gets_no_permission_and_never_reaches_the_service(string origin)
    {
        var received = 0;
        await using var graph = await CountingAsync(() => Interlocked.Increment(ref received));
        await using var gateway = Allowing(App).WithHttp(ResourceNames.Graph, graph.Address);

        var answer = await PreflightAsync(gateway, "/api/v1/me/blocks/someone", origin, "PUT", "authorization");

        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Methods"));
        Assert.Equal(0, Volatile.Read(ref received));
    }

    [Fact]
    public async Task With_no_origin_configured_no_origin_is_allowed()
    {
        var received = 0;
        await using var profile = await CountingAsync(() => Interlocked.Increment(ref received));
        await using var gateway = new GatewayFactory().WithHttp(ResourceNames.Profile, profile.Address);
        using var client = gateway.CreateClient();

        var preflight = await PreflightAsync(gateway, "/api/v1/me", App, "GET", "authorization");
        var call = await client.SendAsync(CrossOrigin(HttpMethod.Get, "/api/v1/me", App), Cancellation);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, call.StatusCode);
        Assert.False(call.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(1, Volatile.Read(ref received));
    }

    [Fact]
    public async Task A_service_answer_to_an_allowed_origin_carries_the_origin_and_exposes_the_headers_scripts_need()
    {
        await using var profile = await UpstreamStub.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.Headers.Location = "/api/v1/profiles/ana";
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });
        await using var gateway = Allowing(App).WithHttp(ResourceNames.Profile, profile.Address);
        using var client = gateway.CreateClient();

        var answer = await client.SendAsync(CrossOrigin(HttpMethod.Get, "/api/v1/me", App), Cancellation);

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        Assert.Equal(App, Single(answer, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Single(answer, "Access-Control-Allow-Credentials"));
        AssertExposes(answer);
        // The request of a stranger is still served (CORS binds browsers, not servers), but it gets no permission.
        var stranger = await client.SendAsync(CrossOrigin(HttpMethod.Get, "/api/v1/me", Stranger), Cancellation);
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_rate_limited_answer_made_by_the_gateway_lets_the_script_read_retry_after()
    {
        await using var profile = await CountingAsync(() => { });
        await using var gateway = Allowing(App)
            .WithClock(new FrozenClock(new DateTimeOffset(2030, 1, 1, 12, 0, 15, TimeSpan.Zero)))
            .WithSetting("RateLimits:PerIp:PermitLimit", "1")
            .WithHttp(ResourceNames.Profile, profile.Address);
        using var client = gateway.CreateClient();

        await client.SendAsync(CrossOrigin(HttpMethod.Get, "/api/v1/me", App), Cancellation);
        var refused = await client.SendAsync(CrossOrigin(HttpMethod.Get, "/api/v1/me", App), Cancellation);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(App, Single(refused, "Access-Control-Allow-Origin"));
        Assert.NotNull(refused.Headers.RetryAfter);
        AssertExposes(refused);
    }

    [Fact]
    public async Task The_gateways_own_401_404_and_413_carry_the_cors_headers()
    {
        await using var profile = await CountingAsync(() => { });
        await using var gateway = Allowing(App).WithHttp(ResourceNames.Profile, profile.Address);
        using var client = gateway.CreateClient();

        var unauthenticated = CrossOrigin(HttpMethod.Get, "/api/v1/me", App);
        unauthenticated.Headers.Authorization = null;
        var tooLarge = CrossOrigin(HttpMethod.Patch, "/api/v1/me", App);
        tooLarge.Content = new ByteArrayContent(new byte[(1024 * 1024) + 1]);
        tooLarge.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var anonymous = gateway.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var answers = new[]
        {
            (HttpStatusCode.Unauthorized, await anonymous.SendAsync(unauthenticated, Cancellation)),
            (HttpStatusCode.NotFound, await client.SendAsync(CrossOrigin(HttpMethod.Get, "/api/v1/no-such-thing", App), Cancellation)),
            (HttpStatusCode.RequestEntityTooLarge, await client.SendAsync(tooLarge, Cancellation)),
        };

        foreach (var (status, answer) in answers)
        {
            Assert.Equal(status, answer.StatusCode);
            Assert.Equal(App, Single(answer, "Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task The_oauth_token_endpoint_answers_an_allowed_origin()
    {
        await using var profile = await UpstreamStub.RespondingAsync(200, "application/json", """{"access_token":"t","token_type":"Bearer","expires_in":900}""");
        await using var gateway = Allowing(App).WithHttp(ResourceNames.Profile, profile.Address);
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;

        var preflight = await PreflightAsync(gateway, "/connect/token", App, "POST", "content-type");
        var request = CrossOrigin(HttpMethod.Post, "/connect/token", App);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password", ["client_id"] = "social-app" });
        var token = await client.SendAsync(request, Cancellation);
        var revoke = CrossOrigin(HttpMethod.Post, "/connect/revoke", App);
        revoke.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "t", ["client_id"] = "social-app" });
        var revoked = await client.SendAsync(revoke, Cancellation);

        Assert.Equal(App, Single(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(App, Single(token, "Access-Control-Allow-Origin"));
        Assert.Equal(App, Single(revoked, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Any_origin_is_allowed_only_without_credentials()
    {
        await using var profile = await CountingAsync(() => { });
        await using var gateway = Allowing("*").WithHttp(ResourceNames.Profile, profile.Address);
        using var client = gateway.CreateClient();

        var preflight = await PreflightAsync(gateway, "/api/v1/me", Stranger, "GET", "authorization");
        var answer = await client.SendAsync(CrossOrigin(HttpMethod.Get, "/api/v1/me", Stranger), Cancellation);

        Assert.Equal("*", Single(preflight, "Access-Control-Allow-Origin"));
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal("*", Single(answer, "Access-Control-Allow-Origin"));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("localhost:5173")]
    [InlineData("http://localhost:5173/app")]
    [InlineData("https://*.example.com")]
    [InlineData("*, http://localhost:5173")]
    [InlineData("ftp://files.example.com")]
    public void A_malformed_origin_stops_the_gateway_from_starting(string origins)
    {
        using var gateway = Allowing(origins);

        var error = Assert.Throws<OptionsValidationException>(() => gateway.CreateClient());

        Assert.Contains("Cors:AllowedOrigins", error.Message, StringComparison.Ordinal);
    }

    private static GatewayFactory Allowing(string origins) => new GatewayFactory().WithSetting("Cors:AllowedOrigins", origins);

    private static Task<UpstreamStub> CountingAsync(Action received) =>
        UpstreamStub.StartAsync(context =>
        {
            received();
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });

    private static HttpRequestMessage CrossOrigin(HttpMethod method, string path, string origin)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        return request;
    }

    /// <summary>A browser's preflight: OPTIONS with the origin and what the real request will use; no credentials.</summary>
    private static async Task<HttpResponseMessage> PreflightAsync(GatewayFactory gateway, string path, string origin, string method, string headers)
    {
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        var request = CrossOrigin(HttpMethod.Options, path, origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await client.SendAsync(request, Cancellation);
    }

    private static void AssertExposes(HttpResponseMessage answer)
    {
        var exposed = Single(answer, "Access-Control-Expose-Headers").Split(',', StringSplitOptions.TrimEntries);
        foreach (var header in Exposed)
        {
            Assert.Contains(header, exposed, StringComparer.OrdinalIgnoreCase);
        }
    }

    private static string Single(HttpResponseMessage answer, string header) =>
        Assert.Single(answer.Headers.GetValues(header));
}

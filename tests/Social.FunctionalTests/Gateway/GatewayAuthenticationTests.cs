using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Social.ServiceDefaults;
using Social.ServiceDefaults.Auth;
using Social.Testing;

namespace Social.FunctionalTests.Gateway;

/// <summary>
/// The gateway validates access tokens itself: a request without a valid one is refused with 401 and the public error
/// body and never reaches a service; signing up, OAuth and discovery need no token.
/// </summary>
public sealed class GatewayAuthenticationTests
{
    private const string User = "11111111-1111-7111-8111-111111111111";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> InvalidTokens => new("none", "garbage", "tampered", "alg-none", "foreign-key", "expired", "wrong-audience", "wrong-issuer");

    public static TheoryData<string> ProtectedPaths => new(
        "/api/v1/me", "/api/v1/profiles/ana", "/api/v1/me/followers", "/api/v1/users/u1/following", "/api/v1/content/c1/likes",
        "/api/v1/stories/feed", "/api/v1/conversations", "/api/v1/inbox/requests");

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task A_bad_token_is_refused_with_401_and_the_error_body_and_never_reaches_the_service(string kind)
    {
        var received = 0;
        await using var services = await CountingUpstreamAsync(() => Interlocked.Increment(ref received));
        await using var gateway = Everything(new GatewayFactory(), services.Address);
        using var client = Anonymous(gateway);

        foreach (var path in ProtectedPaths)
        {
            var response = await GetAsync(client, path, BadToken(gateway, kind));

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{path} with a {kind} token answered {response.StatusCode}.");
            Assert.Equal("unauthenticated", (await ErrorBody.ReadAsync(response)).Code);
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, Volatile.Read(ref received));
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task A_valid_token_passes_to_the_service(string path)
    {
        await using var services = await CountingUpstreamAsync(() => { });
        await using var gateway = Everything(new GatewayFactory(), services.Address);
        using var client = Anonymous(gateway);

        var response = await GetAsync(client, path, gateway.TokenFor(User));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_up_oauth_and_discovery_need_no_token()
    {
        var received = 0;
        await using var services = await CountingUpstreamAsync(() => Interlocked.Increment(ref received));
        await using var gateway = Everything(new GatewayFactory(), services.Address);
        using var client = Anonymous(gateway);

        using var signUp = new StringContent("""{"handle":"ana"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/v1/accounts", UriKind.Relative), signUp, Cancellation)).StatusCode);
        using var form = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", "r"), new("client_id", "social-app")]);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), Cancellation)).StatusCode);

        Assert.Equal(3, Volatile.Read(ref received));
    }

    [Fact]
    public async Task Grpc_calls_need_a_token_except_creating_an_account()
    {
        var received = 0;
        await using var profileGrpc = await UpstreamStub.StartAsync(
            async context =>
            {
                Interlocked.Increment(ref received);
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                context.Response.ContentType = "application/grpc";
                context.Response.AppendTrailer("grpc-status", "0");
            },
            HttpProtocols.Http2);
        await using var gateway = new GatewayFactory().WithGrpc(ResourceNames.Profile, profileGrpc.Address);
        using var client = Anonymous(gateway);

        var refused = await CallGrpcAsync(client, "GetMe", token: null);
        var forged = await CallGrpcAsync(client, "GetMe", Tokens.Tampered(gateway.TokenFor(User)));
        var signUp = await CallGrpcAsync(client, "CreateAccount", token: null);
        var admitted = await CallGrpcAsync(client, "GetMe", gateway.TokenFor(User));

        Assert.Equal("16", Assert.Single(refused.Headers.GetValues("grpc-status")));
        Assert.Equal("16", Assert.Single(forged.Headers.GetValues("grpc-status")));
        Assert.False(signUp.Headers.Contains("grpc-status"), "The gateway refused an anonymous sign-up.");
        Assert.False(admitted.Headers.Contains("grpc-status"), "The gateway refused a valid token.");
        Assert.Equal(2, Volatile.Read(ref received));
    }

    [Fact]
    public async Task A_forged_token_naming_a_user_does_not_spend_that_users_rate_limit()
    {
        await using var services = await CountingUpstreamAsync(() => { });
        await using var gateway = Everything(new GatewayFactory().WithSetting("RateLimits:PerUser:PermitLimit", "1"), services.Address);
        using var client = Anonymous(gateway);
        var forged = Tokens.Mint(new RsaSecurityKey(RSA.Create(2048)), TestIssuer.Issuer, User);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/api/v1/me", forged)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/v1/me", gateway.TokenFor(User))).StatusCode);
    }

    [Fact]
    public async Task A_token_accepted_once_is_refused_after_it_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = await CountingUpstreamAsync(() => { });
        await using var gateway = Everything(new GatewayFactory().WithClock(clock), services.Address);
        using var client = Anonymous(gateway);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = TestIssuer.Current.Mint(User, expires: now.AddMinutes(2), now: now);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/v1/me", token)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/api/v1/me", token)).StatusCode);
    }

    [Fact]
    public async Task A_token_accepted_once_is_refused_on_the_next_request_once_its_revocation_is_announced()
    {
        await using var services = await CountingUpstreamAsync(() => { });
        await using var gateway = Everything(new GatewayFactory(), services.Address);
        using var client = Anonymous(gateway);
        var expires = DateTime.UtcNow.AddMinutes(15);
        var revoked = TestIssuer.Current.Mint(User, expires: expires, tokenId: "revoked-token");
        var kept = TestIssuer.Current.Mint(User, expires: expires, tokenId: "kept-token");

        // Both validated once, so both are remembered.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/v1/me", revoked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/v1/me", kept)).StatusCode);
        gateway.Services.GetRequiredService<RevokedAccessTokens>().Revoke(["revoked-token"], expires);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/api/v1/me", revoked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/v1/me", kept)).StatusCode);
    }

    private static string? BadToken(GatewayFactory gateway, string kind)
    {
        var now = DateTime.UtcNow;
        return kind switch
        {
            "none" => null,
            "garbage" => "not-a-token",
            "tampered" => Tokens.Tampered(gateway.TokenFor(User)),
            "alg-none" => Tokens.WithoutSignature(gateway.TokenFor(User)),
            "foreign-key" => Tokens.Mint(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-signing-key" }, TestIssuer.Issuer, User),
            "expired" => TestIssuer.Current.Mint(User, expires: now.AddMinutes(-1), now: now),
            "wrong-audience" => TestIssuer.Current.Mint(User, audience: "another-api"),
            "wrong-issuer" => TestIssuer.Current.Mint(User, issuer: new Uri("https://impostor.example/")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static GatewayFactory Everything(GatewayFactory gateway, Uri address)
    {
        foreach (var service in new[] { ResourceNames.Profile, ResourceNames.Graph, ResourceNames.Engagement, ResourceNames.Story, ResourceNames.Messaging })
        {
            gateway.WithHttp(service, address);
        }

        return gateway;
    }

    private static Task<UpstreamStub> CountingUpstreamAsync(Action onRequest) =>
        UpstreamStub.StartAsync(context =>
        {
            onRequest();
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("{}", context.RequestAborted);
        });

    /// <summary>A client without the factory's default token: each request names its own.</summary>
    private static HttpClient Anonymous(GatewayFactory gateway)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, Cancellation);
    }

    private static async Task<HttpResponseMessage> CallGrpcAsync(HttpClient client, string method, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/social.profile.v1.ProfileService/{method}")
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, Cancellation);
    }
}

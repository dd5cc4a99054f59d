using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Microsoft.IdentityModel.Tokens;
using Social.Contracts.Graph.V1;
using Social.Contracts.Messaging.V1;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Identity;

/// <summary>
/// Every endpoint of the services, called directly (bypassing the gateway), refuses every kind of bad token, and a
/// refused call changes nothing. Internal-only RPCs also refuse users' tokens.
/// </summary>
public sealed class AccessMatrixTests(SharedBroker broker) : IAsyncLifetime
{
    private static readonly Uri Issuer = new("http://localhost:5080/");

    private static readonly (HttpMethod Method, string Path, string? Body)[] ProfileEndpoints =
    [
        (HttpMethod.Get, "/api/v1/me", null),
        (HttpMethod.Patch, "/api/v1/me", """{"bio":"changed by someone else"}"""),
        (HttpMethod.Post, "/api/v1/me/password", """{"currentPassword":"long-enough-secret","newPassword":"someone-elses-secret"}"""),
        (HttpMethod.Delete, "/api/v1/me", null),
        (HttpMethod.Get, "/api/v1/profiles/{handle}", null),
        (HttpMethod.Get, "/api/v1/profiles?ids={userId}", null),
        (HttpMethod.Get, "/api/v1/profiles:search?q={handle}", null),
    ];

    private Suite _suite = null!;
    private HttpClient _client = null!;
    private string _handle = null!;
    private string _userId = null!;
    private string _token = null!;

    /// <summary>Tokens every validator refuses on its own: missing, malformed, or wrong in signature, audience, issuer or time.</summary>
    public static TheoryData<string> InvalidTokens => new(InvalidTokenKinds);

    /// <summary>
    /// Also revoked ones, which the issuer's token store knows at once; the other services learn them from the
    /// issuer's announcement (see the revocation tests below).
    /// </summary>
    public static TheoryData<string> BadTokens => new([.. InvalidTokenKinds, "revoked"]);

    private static readonly string[] InvalidTokenKinds =
        ["none", "garbage", "tampered", "alg-none", "foreign-key", "expired", "wrong-audience", "wrong-issuer"];

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _client = _suite.Profile.CreateClient();
        (_handle, _token) = await OAuthApi.NewSignedInUserAsync(_client);
        _userId = (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, _token))).GetProperty("userId").GetString()!;
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Every_profile_endpoint_answers_401_to_a_bad_token_and_changes_nothing(string kind)
    {
        var token = await BadTokenAsync(kind);

        foreach (var (method, path, body) in ProfileEndpoints)
        {
            var response = await SendAsync(method, path, body, token);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with a {kind} token answered {response.StatusCode}.");
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            Assert.Contains("unauthenticated", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        // Nothing was written: the profile, the password and the account are as they were.
        var (_, fresh) = await OAuthApi.SignInAsync(_client, _handle, ProfileApi.DefaultPassword);
        var me = await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, fresh));
        Assert.NotEqual("changed by someone else", me.TryGetProperty("bio", out var bio) ? bio.GetString() : null);
    }

    [Theory]
    [MemberData(nameof(InvalidTokens))]
    public async Task Internal_rpcs_of_graph_and_messaging_answer_unauthenticated_to_a_bad_token(string kind)
    {
        var token = await BadTokenAsync(kind);

        Assert.Equal(StatusCode.Unauthenticated, await GraphLookupStatusAsync(token));
        Assert.Equal(StatusCode.Unauthenticated, await MessagingLookupStatusAsync(token));
    }

    [Theory]
    [InlineData("access token")]
    [InlineData("refresh token")]
    [InlineData("password change")]
    public async Task A_revoked_access_token_is_refused_by_every_service_once_the_issuer_announces_it(string how)
    {
        var (accessToken, refreshToken) = await OAuthApi.SignInAsync(_client, _handle, ProfileApi.DefaultPassword);
        var graph = _suite.Graph.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetAsync(graph, $"/api/v1/me/relationships?ids={Guid.CreateVersion7()}", accessToken)).StatusCode);

        switch (how)
        {
            case "access token":
                (await OAuthApi.RevokeAsync(_client, accessToken)).EnsureSuccessStatusCode();
                break;
            case "refresh token":
                // Signing out with the refresh token ends the access tokens of that session too (RFC 7009 §2.1).
                (await OAuthApi.RevokeAsync(_client, refreshToken)).EnsureSuccessStatusCode();
                break;
            default:
                var (current, _) = await OAuthApi.SignInAsync(_client, _handle, ProfileApi.DefaultPassword);
                await ChangePasswordAsync(current, ProfileApi.DefaultPassword, "another-long-secret");
                await ChangePasswordAsync((await OAuthApi.SignInAsync(_client, _handle, "another-long-secret")).AccessToken, "another-long-secret", ProfileApi.DefaultPassword);
                break;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
        await Eventually.ReturnsAsync(
            async () => (await OAuthApi.GetAsync(graph, $"/api/v1/me/relationships?ids={Guid.CreateVersion7()}", accessToken)).StatusCode,
            status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(30), "Graph to refuse the revoked token");
        await Eventually.ReturnsAsync(
            () => MessagingLookupStatusAsync(accessToken), status => status == StatusCode.Unauthenticated, TimeSpan.FromSeconds(30), "Messaging to refuse it");
    }

    [Fact]
    public async Task Internal_rpcs_refuse_a_user_token_and_serve_an_internal_caller()
    {
        Assert.Equal(StatusCode.PermissionDenied, await GraphLookupStatusAsync(_token));
        Assert.Equal(StatusCode.PermissionDenied, await MessagingLookupStatusAsync(_token));

        var internalToken = await _suite.InternalTokenAsync();
        await Eventually.ReturnsAsync(() => GraphLookupStatusAsync(internalToken), status => status == StatusCode.OK, TimeSpan.FromSeconds(30), "the graph user");
        await Eventually.ReturnsAsync(() => MessagingLookupStatusAsync(internalToken), status => status == StatusCode.OK, TimeSpan.FromSeconds(30), "the participant");
    }

    [Fact]
    public async Task Repairing_counters_takes_an_operators_client_and_a_reader_is_refused_it()
    {
        var readerToken = await _suite.ReaderTokenAsync();
        var operatorToken = await _suite.InternalTokenAsync();

        // The reader reads (an internal RPC) but may not repair, and cannot even ask for the scope.
        await Eventually.ReturnsAsync(() => GraphLookupStatusAsync(readerToken), status => status == StatusCode.OK, TimeSpan.FromSeconds(30), "the graph user");
        Assert.Equal(StatusCode.PermissionDenied, await ReconcileStatusAsync(readerToken));
        Assert.Equal(StatusCode.PermissionDenied, await ReconcileStatusAsync(_token));
        var readerAsksForRepair = await InternalCaller.RequestTokenAsync(_client, InternalCaller.ReaderClientId, InternalCaller.ReaderSecret, InternalCaller.OperatorScopes);
        Assert.Equal(HttpStatusCode.BadRequest, readerAsksForRepair.StatusCode);

        Assert.Equal(StatusCode.OK, await ReconcileStatusAsync(operatorToken));
    }

    [Fact]
    public async Task A_client_taken_out_of_the_configuration_stops_working_at_the_next_start()
    {
        Assert.Equal(HttpStatusCode.OK, (await InternalCaller.RequestTokenAsync(_client, InternalCaller.ReaderClientId, InternalCaller.ReaderSecret)).StatusCode);

        var restarted = _suite.StartAnotherProfile(settings =>
        {
            settings.Remove($"Identity:InternalClients:{InternalCaller.ReaderClientId}");
            return settings;
        });
        using var restartedClient = restarted.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await InternalCaller.RequestTokenAsync(restartedClient, InternalCaller.ReaderClientId, InternalCaller.ReaderSecret)).StatusCode);
        // The store is shared: the instance that still has the old configuration refuses it too.
        Assert.Equal(HttpStatusCode.Unauthorized, (await InternalCaller.RequestTokenAsync(_client, InternalCaller.ReaderClientId, InternalCaller.ReaderSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await InternalCaller.RequestTokenAsync(restartedClient, InternalCaller.ClientId, InternalCaller.Secret)).StatusCode);
    }

    [Fact]
    public async Task The_internal_scope_is_only_for_configured_clients_with_their_secret()
    {
        var wrongSecret = await InternalCaller.RequestTokenAsync(_client, InternalCaller.ClientId, "not-the-secret");
        var unknownClient = await InternalCaller.RequestTokenAsync(_client, "someone-else", InternalCaller.Secret);
        var appAsksForIt = await OAuthApi.PasswordGrantAsync(_client, _handle, ProfileApi.DefaultPassword, scope: "social.internal");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownClient.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, appAsksForIt.StatusCode);
        Assert.False((await ProfileApi.ReadJsonAsync(appAsksForIt)).TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task An_internal_callers_token_names_no_user_so_no_user_endpoint_accepts_it()
    {
        var response = await OAuthApi.GetMeAsync(_client, await _suite.InternalTokenAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_is_the_token_owner_whatever_id_the_body_names()
    {
        var (otherHandle, otherToken) = await OAuthApi.NewSignedInUserAsync(_client);
        var otherId = (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, otherToken))).GetProperty("userId").GetString()!;

        await SendAsync(HttpMethod.Patch, "/api/v1/me", $$"""{"userId":"{{otherId}}","handle":"{{otherHandle}}","bio":"mine"}""", _token);

        var other = await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, otherToken));
        Assert.NotEqual("mine", other.TryGetProperty("bio", out var bio) ? bio.GetString() : null);
    }

    private async Task ChangePasswordAsync(string accessToken, string current, string next)
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/me/password", $$"""{"currentPassword":"{{current}}","newPassword":"{{next}}"}""", accessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string?> BadTokenAsync(string kind)
    {
        var key = _suite.SigningKey();
        return kind switch
        {
            "none" => null,
            "garbage" => "not-a-token",
            "tampered" => Tokens.Tampered(_token),
            "alg-none" => Tokens.WithoutSignature(_token),
            "foreign-key" => Tokens.Mint(new RsaSecurityKey(RSA.Create(2048)) { KeyId = key.KeyId }, Issuer, _userId),
            "expired" => Tokens.Mint(key, Issuer, _userId, expires: DateTime.UtcNow.AddMinutes(-1)),
            "wrong-audience" => Tokens.Mint(key, Issuer, _userId, audience: "another-api"),
            "wrong-issuer" => Tokens.Mint(key, new Uri("https://impostor.example/"), _userId),
            "revoked" => await RevokedTokenAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>A token that was valid until its owner signed out with it (RFC 7009 revocation of the access token).</summary>
    private async Task<string> RevokedTokenAsync()
    {
        var (accessToken, _) = await OAuthApi.SignInAsync(_client, _handle, ProfileApi.DefaultPassword);
        (await OAuthApi.RevokeAsync(_client, accessToken)).EnsureSuccessStatusCode();
        return accessToken;
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, string? token)
    {
        var request = new HttpRequestMessage(method, path.Replace("{handle}", _handle, StringComparison.Ordinal).Replace("{userId}", _userId, StringComparison.Ordinal));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<StatusCode> GraphLookupStatusAsync(string? token)
    {
        var graph = new GraphService.GraphServiceClient(_suite.Graph.CreateGrpcChannel());
        return await StatusOfAsync(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = _userId }, Headers(token)).ResponseAsync);
    }

    private async Task<StatusCode> ReconcileStatusAsync(string token)
    {
        var graph = new GraphService.GraphServiceClient(_suite.Graph.CreateGrpcChannel());
        return await StatusOfAsync(() => graph.ReconcileCountersAsync(new ReconcileCountersRequest { Repair = false }, Headers(token)).ResponseAsync);
    }

    private async Task<StatusCode> MessagingLookupStatusAsync(string? token)
    {
        var messaging = new MessagingService.MessagingServiceClient(_suite.Messaging.CreateGrpcChannel());
        return await StatusOfAsync(() => messaging.GetParticipantAsync(new GetParticipantRequest { UserId = _userId }, Headers(token)).ResponseAsync);
    }

    private static Metadata? Headers(string? token) => token is null ? null : InternalCaller.Bearer(token);

    private static async Task<StatusCode> StatusOfAsync<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException exception)
        {
            return exception.StatusCode;
        }
    }
}

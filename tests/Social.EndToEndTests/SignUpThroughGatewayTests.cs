using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Social.Contracts.Graph.V1;
using Social.Contracts.Messaging.V1;
using Social.Contracts.Profile.V1;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>The walking skeleton, end to end: sign up through the gateway, read back as JSON and gRPC, see the event land.</summary>
public sealed class SignUpThroughGatewayTests(SuiteFixture suite)
{
    [Fact]
    public async Task An_account_created_through_the_gateway_reads_back_as_json_and_grpc_and_reaches_graph_and_messaging()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };
        var handle = "e2e_" + Guid.NewGuid().ToString("N")[..12];

        var created = await http.PostAsJsonAsync("/api/v1/accounts", new { handle, password = "long-enough-secret", displayName = "End To End" }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("userId").GetString()!;

        var signIn = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "social-app", ["username"] = handle, ["password"] = "long-enough-secret",
        }), ct);
        var accessToken = (await signIn.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        var json = await http.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{handle}", ct);
        Assert.Equal(userId, json.GetProperty("userId").GetString());
        Assert.Equal("End To End", json.GetProperty("displayName").GetString());

        using var gatewayGrpc = GrpcChannel.ForAddress(suite.EndpointOf("gateway", "grpc"));
        var viaGrpc = await new ProfileService.ProfileServiceClient(gatewayGrpc).GetProfileAsync(
            new GetProfileRequest { Handle = handle }, new Metadata { { "Authorization", $"Bearer {accessToken}" } }, cancellationToken: ct);
        Assert.Equal(userId, viaGrpc.UserId);

        using var graphChannel = GrpcChannel.ForAddress(suite.EndpointOf("graph", "grpc"));
        using var messagingChannel = GrpcChannel.ForAddress(suite.EndpointOf(ResourceNames.Messaging, "grpc"));
        var graph = new GraphService.GraphServiceClient(graphChannel);
        var messaging = new MessagingService.MessagingServiceClient(messagingChannel);
        var patience = TimeSpan.FromSeconds(60);
        // GetUser and GetParticipant are internal RPCs: an internal caller's client-credentials token, from the gateway.
        using var issuer = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };
        var internalCall = InternalCaller.Bearer(await InternalCaller.TokenAsync(issuer));
        var graphUser = await Eventually.ReturnsAsync(() => GrpcLookups.OrNullIfNotFoundAsync(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = userId }, internalCall).ResponseAsync), u => u is not null, patience, "the graph user");
        var participant = await Eventually.ReturnsAsync(() => GrpcLookups.OrNullIfNotFoundAsync(() => messaging.GetParticipantAsync(new GetParticipantRequest { UserId = userId }, internalCall).ResponseAsync), p => p is not null, patience, "the participant");
        Assert.Equal(handle, graphUser!.Handle);
        Assert.Equal(handle, participant!.Handle);
    }

    [Fact]
    public async Task Invalid_sign_up_through_the_gateway_answers_400_with_the_documented_error_body()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };

        var response = await http.PostAsJsonAsync("/api/v1/accounts", new { handle = "no", password = "short", displayName = "X" }, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_argument", body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        var fields = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("handle", fields);
        Assert.Contains("password", fields);
    }

    [Fact]
    public async Task The_gateway_reports_healthy_and_serves_the_merged_openapi_document()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = suite.EndpointOf("gateway", "http") };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health", ct)).StatusCode);
        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json", ct);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/accounts", out _));
    }
}

using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.Contracts.Messaging.V1;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Profile;

/// <summary>DELETE /api/v1/me: the account, its sessions and its traces in other services go; the handle is quarantined.</summary>
public sealed class AccountDeletionTests(SharedBroker broker) : IAsyncLifetime
{
    private static readonly TimeSpan Quarantine = TimeSpan.FromSeconds(3);
    private Suite _suite = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node, extraSettings: new Dictionary<string, string?> { ["Accounts:HandleQuarantine"] = Quarantine.ToString() });
        _client = _suite.Profile.CreateClient();
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_deleted_account_is_gone_everywhere_and_its_sessions_end()
    {
        var (handle, _) = await OAuthApi.NewSignedInUserAsync(_client);
        var (accessToken, refreshToken) = await OAuthApi.SignInAsync(_client, handle, ProfileApi.DefaultPassword);
        var userId = (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, accessToken))).GetProperty("userId").GetString()!;
        var (_, observerToken) = await OAuthApi.NewSignedInUserAsync(_client);
        var graph = new GraphService.GraphServiceClient(_suite.Graph.CreateGrpcChannel(await _suite.InternalTokenAsync()));
        var messaging = new MessagingService.MessagingServiceClient(_suite.Messaging.CreateGrpcChannel(await _suite.InternalTokenAsync()));
        await Eventually.ReturnsAsync(() => ExistsAsync(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = userId }).ResponseAsync), e => e, TimeSpan.FromSeconds(30), "the graph user");

        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(accessToken)).StatusCode);

        // The deleted account's access token was revoked with its sessions: refused at once, not when it expires.
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await OAuthApi.GetAsync(_client, $"/api/v1/profiles/{handle}", observerToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.RefreshAsync(_client, refreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.PasswordGrantAsync(_client, handle, ProfileApi.DefaultPassword)).StatusCode);
        await Eventually.ReturnsAsync(() => ExistsAsync(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = userId }).ResponseAsync), e => !e, TimeSpan.FromSeconds(30), "Graph to forget the user");
        await Eventually.ReturnsAsync(() => ExistsAsync(() => messaging.GetParticipantAsync(new GetParticipantRequest { UserId = userId }).ResponseAsync), e => !e, TimeSpan.FromSeconds(30), "Messaging to forget the user");
    }

    [Fact]
    public async Task The_handle_of_a_deleted_account_is_free_again_only_after_the_quarantine()
    {
        var (handle, accessToken) = await OAuthApi.NewSignedInUserAsync(_client);

        await DeleteAsync(accessToken);
        var during = await ProfileApi.SignUpAsync(_client, handle);
        await Task.Delay(Quarantine + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var after = await ProfileApi.SignUpAsync(_client, handle);

        Assert.Equal(HttpStatusCode.Conflict, during.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
    }

    [Fact]
    public async Task Deleting_needs_an_access_token_and_a_second_delete_is_refused_because_the_token_died_with_the_account()
    {
        var (_, accessToken) = await OAuthApi.NewSignedInUserAsync(_client);

        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(accessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(accessToken)).StatusCode);
    }

    private Task<HttpResponseMessage> DeleteAsync(string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<bool> ExistsAsync<T>(Func<Task<T>> call)
        where T : class =>
        await GrpcLookups.OrNullIfNotFoundAsync(call) is not null;
}

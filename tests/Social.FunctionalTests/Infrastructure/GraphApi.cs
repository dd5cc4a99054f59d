using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Social.Contracts.Graph.V1;
using Social.Testing;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>
/// Graph's public JSON API as a client app calls it, for users of one <see cref="Suite"/>: each signed up at Profile
/// and known to Graph (its AccountCreated consumed) before a test uses them.
/// </summary>
public sealed class GraphApi(Suite suite)
{
    private readonly HttpClient _profile = suite.Profile.CreateClient();
    private readonly HttpClient _graph = suite.Graph.CreateClient();

    public async Task<TestUser> NewUserAsync(string prefix = "g")
    {
        var (handle, token) = await OAuthApi.NewSignedInUserAsync(_profile, prefix);
        var id = (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_profile, token))).GetProperty("userId").GetString()!;
        var user = new TestUser(id, handle, token);
        await Eventually.ReturnsAsync(() => InternalUserAsync(id), u => u is not null, TimeSpan.FromSeconds(30), "Graph to know the user");
        return user;
    }

    /// <summary>Makes the account private or public at Profile, and waits until Graph applies it.</summary>
    public async Task SetPrivateAsync(TestUser user, bool isPrivate)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me")
        {
            Content = new StringContent($$"""{"isPrivate":{{(isPrivate ? "true" : "false")}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        (await _profile.SendAsync(request, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Eventually.ReturnsAsync(() => InternalUserAsync(user.Id), u => u?.IsPrivate == isPrivate, TimeSpan.FromSeconds(30), "Graph to apply the setting");
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, TestUser? user, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        }

        return _graph.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<string?> FollowAsync(TestUser actor, TestUser target)
    {
        var response = await SendAsync(HttpMethod.Put, $"/api/v1/me/following/{target.Id}", actor);
        return response.StatusCode == HttpStatusCode.OK ? (await ProfileApi.ReadJsonAsync(response)).GetProperty("state").GetString() : null;
    }

    /// <summary>The user ids of a list page; fails the test on any status but 200.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(string path, TestUser viewer)
    {
        var response = await SendAsync(HttpMethod.Get, path, viewer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ProfileApi.ReadJsonAsync(response)).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("userId").GetString()!).ToList();
    }

    public async Task<JsonElement> RelationshipAsync(TestUser viewer, TestUser other)
    {
        var response = await SendAsync(HttpMethod.Get, $"/api/v1/me/relationships?ids={other.Id}", viewer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ProfileApi.ReadJsonAsync(response)).GetProperty("items")[0];
    }

    /// <summary>Graph's record of the user (internal RPC), or null while it does not know them.</summary>
    public async Task<GraphUser?> InternalUserAsync(string userId)
    {
        var graph = new GraphService.GraphServiceClient(suite.Graph.CreateGrpcChannel(await suite.InternalTokenAsync()));
        return await GrpcLookups.OrNullIfNotFoundAsync(() => graph.GetUserAsync(new GetGraphUserRequest { UserId = userId }).ResponseAsync);
    }

    public async Task<CheckResponse> CheckAsync(TestUser actor, TestUser target, string action)
    {
        var graph = new GraphService.GraphServiceClient(suite.Graph.CreateGrpcChannel(await suite.InternalTokenAsync()));
        return await graph.CheckAsync(new CheckRequest { ActorId = actor.Id, TargetId = target.Id, Action = action });
    }

    /// <summary>Graph's internal client, as another service calls it (<paramref name="userToken"/> instead: as a client app would try to).</summary>
    public async Task<GraphService.GraphServiceClient> InternalClientAsync(string? userToken = null) =>
        new(suite.Graph.CreateGrpcChannel(userToken ?? await suite.InternalTokenAsync()));
}

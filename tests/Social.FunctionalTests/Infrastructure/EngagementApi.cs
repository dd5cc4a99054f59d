using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Social.Contracts.Engagement.V1;
using Social.Testing;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>Engagement's public JSON API as a client app calls it, for users of one <see cref="Suite"/> started with Engagement.</summary>
public sealed class EngagementApi(Suite suite)
{
    private readonly HttpClient _engagement = suite.Engagement.CreateClient();

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, TestUser? user, string? body = null, string? idempotencyKey = null) =>
        _engagement.SendAsync(JsonRequests.Create(method, path, user, body, idempotencyKey), TestContext.Current.CancellationToken);

    /// <summary>Posts an item (201 expected) and returns its id.</summary>
    public async Task<string> PostAsync(TestUser owner, string audience = "everyone")
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/content", owner, $$"""{"mediaUrl":"https://cdn.example.com/v.mp4","caption":"hi","audience":"{{audience}}"}""");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await ProfileApi.ReadJsonAsync(response)).GetProperty("contentId").GetString()!;
    }

    /// <summary>Comments on an item (201 expected) and returns the comment's id.</summary>
    public async Task<string> CommentAsync(TestUser author, string contentId, string text, string? replyTo = null)
    {
        var body = JsonSerializer.Serialize(replyTo is null ? new Dictionary<string, string> { ["text"] = text } : new() { ["text"] = text, ["replyTo"] = replyTo });
        var response = await SendAsync(HttpMethod.Post, $"/api/v1/content/{contentId}/comments", author, body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await ProfileApi.ReadJsonAsync(response)).GetProperty("commentId").GetString()!;
    }

    /// <summary>Changes the user's settings at Profile and waits until Engagement applies them.</summary>
    public async Task SetSettingsAsync(TestUser user, string settingsJson, Func<Task<bool>> applied)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me")
        {
            Content = new StringContent($$"""{"settings":{{settingsJson}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        (await suite.Profile.CreateClient().SendAsync(request, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Eventually.ReturnsAsync(applied, done => done, TimeSpan.FromSeconds(30), "Engagement to apply the settings");
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) => await ProfileApi.ReadJsonAsync(response);

    /// <summary>The item's like count as its owner reads it.</summary>
    public async Task<long> LikesCountAsync(TestUser owner, string contentId) =>
        (await ProfileApi.ReadJsonAsync(await SendAsync(HttpMethod.Get, $"/api/v1/content/{contentId}", owner))).GetProperty("likesCount").GetInt64();

    /// <summary>The stable error code (<c>ErrorInfo.reason</c>) of a transcoded error.</summary>
    public static async Task<string?> ReasonAsync(HttpResponseMessage response) =>
        (await ProfileApi.ReadJsonAsync(response)).GetProperty("details").EnumerateArray()
            .Where(d => d.TryGetProperty("reason", out _))
            .Select(d => d.GetProperty("reason").GetString())
            .FirstOrDefault();

    /// <summary>The field names of a transcoded INVALID_ARGUMENT.</summary>
    public static async Task<IReadOnlyList<string>> FieldsAsync(HttpResponseMessage response) =>
        [.. (await ProfileApi.ReadJsonAsync(response)).GetProperty("details").EnumerateArray()
            .Where(d => d.TryGetProperty("fieldViolations", out _))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
            .Select(v => v.GetProperty("field").GetString()!)];

    public async Task<EngagementService.EngagementServiceClient> InternalClientAsync() =>
        new(suite.Engagement.CreateGrpcChannel(await suite.InternalTokenAsync()));

    public EngagementService.EngagementServiceClient ClientOf(TestUser user) => new(suite.Engagement.CreateGrpcChannel(user.Token));

    /// <summary>Waits until the profile's likes count reads <paramref name="expected"/> (Profile applies Engagement's events).</summary>
    public async Task ProfileLikesReachAsync(TestUser user, long expected)
    {
        var profile = suite.Profile.CreateClient();
        await Eventually.ReturnsAsync(
            async () => (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(profile, user.Token))).GetProperty("likesCount").GetInt64(),
            likes => likes == expected,
            TimeSpan.FromSeconds(30),
            $"the profile's likes count to reach {expected}");
    }
}

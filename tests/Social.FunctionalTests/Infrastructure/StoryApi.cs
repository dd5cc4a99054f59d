using System.Net;
using System.Text.Json;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>Story's public JSON API as a client app calls it, for users of one <see cref="Suite"/> started with Story.</summary>
public sealed class StoryApi(Suite suite)
{
    private readonly HttpClient _story = suite.Story.CreateClient();

    public string Database => suite.DatabaseOf(ResourceNames.Story);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, TestUser? user, string? body = null, string? idempotencyKey = null) =>
        _story.SendAsync(JsonRequests.Create(method, path, user, body, idempotencyKey), TestContext.Current.CancellationToken);

    /// <summary>The JSON body of a call that must answer <paramref name="expected"/>.</summary>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, TestUser user, string? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await SendAsync(method, path, user, body);
        Assert.True(response.StatusCode == expected, $"{method} {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ProfileApi.ReadJsonAsync(response);
    }

    public async Task<HttpStatusCode> StatusAsync(HttpMethod method, string path, TestUser user, string? body = null) =>
        (await SendAsync(method, path, user, body)).StatusCode;

    /// <summary>Posts a story (201 expected) and returns its id.</summary>
    public async Task<string> PostAsync(TestUser owner, string audience = "followers", params TestUser[] hideFrom)
    {
        var body = JsonSerializer.Serialize(new { mediaUrl = "https://cdn.example.com/s.jpg", caption = "hi", audience, hideFrom = hideFrom.Select(u => u.Id) });
        return (await JsonAsync(HttpMethod.Post, "/api/v1/stories", owner, body, HttpStatusCode.Created)).GetProperty("storyId").GetString()!;
    }

    /// <summary>The user ids of the viewer's tray, in its order.</summary>
    public async Task<IReadOnlyList<string>> TrayAsync(TestUser viewer) =>
        [.. (await JsonAsync(HttpMethod.Get, "/api/v1/stories:tray", viewer)).GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("user").GetProperty("userId").GetString()!)];

    /// <summary>The ids of the items of a list page.</summary>
    public async Task<IReadOnlyList<string>> IdsAsync(string path, TestUser viewer, string idProperty = "storyId") =>
        [.. (await JsonAsync(HttpMethod.Get, path, viewer)).GetProperty("items").EnumerateArray().Select(item => item.GetProperty(idProperty).GetString()!)];

    /// <summary>How many rows of a table of Story's file match (<paramref name="where"/> may name $id).</summary>
    public Task<long> CountAsync(string table, string where, string id) =>
        SqliteProbe.CountAsync(Database, $"SELECT COUNT(*) FROM {table} WHERE {where}", ("$id", id));
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Social.Contracts.Messaging.V1;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>Messaging's public JSON API as a client app calls it, for users of one <see cref="Suite"/>.</summary>
public sealed class MessagingApi(Suite suite)
{
    private readonly HttpClient _messaging = suite.Messaging.CreateClient();

    public string Database => suite.DatabaseOf(ResourceNames.Messaging);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, TestUser? user, string? body = null, string? idempotencyKey = null)
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

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _messaging.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<JsonElement> ReadAsync(HttpResponseMessage response) => ProfileApi.ReadJsonAsync(response);

    /// <summary>The JSON body of a call that must answer <paramref name="expected"/>.</summary>
    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, TestUser user, string? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await SendAsync(method, path, user, body);
        Assert.True(response.StatusCode == expected, $"{method} {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ProfileApi.ReadJsonAsync(response);
    }

    /// <summary>Starts a conversation with <paramref name="others"/> and returns its id.</summary>
    public async Task<string> StartAsync(TestUser creator, params TestUser[] others)
    {
        var body = JsonSerializer.Serialize(new { memberIds = others.Select(o => o.Id) });
        var response = await SendAsync(HttpMethod.Post, "/api/v1/conversations", creator, body);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"start: {response.StatusCode}");
        return (await ProfileApi.ReadJsonAsync(response)).GetProperty("conversationId").GetString()!;
    }

    /// <summary>Sends a text message (201 expected) and returns its view.</summary>
    public Task<JsonElement> MessageAsync(TestUser sender, string conversationId, string text, string? clientMessageId = null) =>
        JsonAsync(
            HttpMethod.Post,
            $"/api/v1/conversations/{conversationId}/messages",
            sender,
            JsonSerializer.Serialize(new { clientMessageId = clientMessageId ?? Guid.NewGuid().ToString(), text }),
            HttpStatusCode.Created);

    /// <summary>The ids of a folder's first page as the user lists it.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(TestUser user, string folder = "inbox") =>
        [.. (await JsonAsync(HttpMethod.Get, $"/api/v1/conversations?folder={folder}&limit=100", user)).GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("conversationId").GetString()!)];

    /// <summary>Changes the user's settings at Profile and waits until Messaging has applied them (<paramref name="appliedSql"/> counts one row).</summary>
    public async Task SetSettingsAsync(TestUser user, string settingsJson, string appliedSql)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me")
        {
            Content = new StringContent($$"""{"settings":{{settingsJson}}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        (await suite.Profile.CreateClient().SendAsync(request, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await Eventually.ReturnsAsync(
            () => SqliteProbe.CountAsync(Database, $"SELECT COUNT(*) FROM user_settings WHERE user_id = $id AND {appliedSql}", ("$id", user.Id)),
            count => count == 1,
            TimeSpan.FromSeconds(30),
            "Messaging to apply the settings");
    }

    /// <summary>How many rows of a table of Messaging's file match (<paramref name="where"/> may name $id).</summary>
    public Task<long> CountAsync(string table, string where, string id) =>
        SqliteProbe.CountAsync(Database, $"SELECT COUNT(*) FROM {table} WHERE {where}", ("$id", id));

    /// <summary>How many events of this type (the short name) Messaging wrote for the conversation.</summary>
    public Task<long> EventsAsync(string type, string conversationId) =>
        SqliteProbe.CountAsync(
            Database, "SELECT COUNT(*) FROM outbox WHERE message_type = $type AND aggregate_id = $id", ("$type", "Social.Contracts.Events." + type), ("$id", conversationId));

    /// <summary>Opens the user's live stream (on <paramref name="instance"/>, else the suite's Messaging), after <paramref name="lastEventId"/> when given.</summary>
    public Task<EventStreamReader> OpenStreamAsync(TestUser user, string? lastEventId = null, ServiceFactory<Social.Messaging.Api.MessagingGrpcService>? instance = null) =>
        EventStreamReader.OpenAsync((instance ?? suite.Messaging).CreateClient(), "/api/v1/stream", user.Token, lastEventId);

    /// <summary>A raw HTTP client of the suite's Messaging, for calls the helpers do not make.</summary>
    public HttpClient Client => _messaging;

    public async Task<MessagingService.MessagingServiceClient> InternalClientAsync() =>
        new(suite.Messaging.CreateGrpcChannel(await suite.InternalTokenAsync()));

    public MessagingService.MessagingServiceClient ClientOf(TestUser user) => new(suite.Messaging.CreateGrpcChannel(user.Token));
}

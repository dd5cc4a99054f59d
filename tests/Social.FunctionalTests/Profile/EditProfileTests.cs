using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Profile;

/// <summary>PATCH /api/v1/me: partial updates of one's own profile and settings, validated, evented once.</summary>
public sealed class EditProfileTests(SharedBroker broker) : IAsyncLifetime
{
    private Suite _suite = null!;
    private HttpClient _client = null!;
    private string _token = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _client = _suite.Profile.CreateClient();
        (_, _token) = await OAuthApi.NewSignedInUserAsync(_client);
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Only_the_fields_sent_change_and_me_shows_the_settings()
    {
        await PatchAsync(_token, """{"displayName":"Ana","bio":"Line one\nline two","links":["https://example.com/a"],"pronouns":"she/her"}""");

        var response = await PatchAsync(_token, """{"bio":"Only the bio"}""");
        var me = await ProfileApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ana", me.GetProperty("displayName").GetString());
        Assert.Equal("Only the bio", me.GetProperty("bio").GetString());
        Assert.Equal("https://example.com/a", me.GetProperty("links")[0].GetString());
        Assert.Equal("she/her", me.GetProperty("pronouns").GetString());
        var settings = (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, _token))).GetProperty("settings");
        Assert.Equal("everyone", settings.GetProperty("whoCanMessage").GetString());
        Assert.Equal("everyone", settings.GetProperty("whoCanTag").GetString());
        Assert.True(settings.GetProperty("readReceipts").GetBoolean());
    }

    [Fact]
    public async Task A_settings_change_publishes_one_event_and_a_no_op_publishes_none()
    {
        await PatchAsync(_token, """{"isPrivate":true,"settings":{"whoCanMessage":"mutuals","readReceipts":false,"whoCanTag":"followers"}}""");
        await PatchAsync(_token, """{"isPrivate":true,"settings":{"whoCanMessage":"mutuals"},"bio":"no settings change"}""");

        var me = await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, _token));
        Assert.True(me.GetProperty("isPrivate").GetBoolean());
        Assert.Equal("mutuals", me.GetProperty("settings").GetProperty("whoCanMessage").GetString());
        Assert.False(me.GetProperty("settings").GetProperty("readReceipts").GetBoolean());
        Assert.Equal("followers", me.GetProperty("settings").GetProperty("whoCanTag").GetString());
        Assert.Equal(1, await SettingsEventsAsync());
    }

    [Theory]
    [InlineData("""{"displayName":""}""", "displayName")]
    [InlineData("""{"bio":"Tab\tinside"}""", "bio")]
    [InlineData("""{"avatarUrl":"http://example.com/a.png"}""", "avatarUrl")]
    [InlineData("""{"avatarUrl":"javascript:alert(1)"}""", "avatarUrl")]
    [InlineData("""{"links":["https://a.example","https://b.example","https://c.example","https://d.example","https://e.example","https://f.example"]}""", "links")]
    [InlineData("""{"links":["ftp://example.com"]}""", "links[0]")]
    [InlineData("""{"pronouns":"abcdefghijklmnopqrstuvwxyz012345"}""", "pronouns")]
    [InlineData("""{"settings":{"whoCanComment":"friends"}}""", "settings.whoCanComment")]
    [InlineData("""{"settings":{"whoCanTag":"anyone"}}""", "settings.whoCanTag")]
    public async Task Invalid_fields_answer_400_and_change_nothing(string json, string field)
    {
        var before = (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, _token))).ToString();

        var response = await PatchAsync(_token, json);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"field\":\"{field}\"", body, StringComparison.Ordinal);
        Assert.Equal(before, (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, _token))).ToString());
        Assert.Equal(0, await SettingsEventsAsync());
    }

    [Fact]
    public async Task A_patch_without_a_body_changes_nothing_and_answers_the_profile()
    {
        var before = (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, _token))).ToString();
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, (await ProfileApi.ReadJsonAsync(response)).ToString());
        Assert.Equal(0, await SettingsEventsAsync());
    }

    [Fact]
    public async Task A_bio_counts_user_perceived_characters()
    {
        var emoji = string.Concat(Enumerable.Repeat("👩🏽‍💻", 160));

        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(_token, JsonSerializer.Serialize(new { bio = emoji }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PatchAsync(_token, JsonSerializer.Serialize(new { bio = emoji + "!" }))).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_nothing_changes_and_no_one_can_edit_another_users_profile()
    {
        var (otherHandle, otherToken) = await OAuthApi.NewSignedInUserAsync(_client);
        var other = await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, otherToken));

        Assert.Equal(HttpStatusCode.Unauthorized, (await PatchAsync(null, """{"bio":"anonymous"}""")).StatusCode);
        // "Me" comes from the token only: naming another user in the body edits nothing of theirs.
        var attempt = await PatchAsync(_token, $$"""{"userId":"{{other.GetProperty("userId").GetString()}}","handle":"{{otherHandle}}","bio":"hijacked"}""");

        Assert.True(attempt.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest);
        Assert.Equal("", (await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, otherToken))).GetProperty("bio").GetString());
    }

    private Task<HttpResponseMessage> PatchAsync(string? token, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/me") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private Task<long> SettingsEventsAsync() =>
        SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM outbox WHERE message_type LIKE '%ProfileSettingsChanged'");
}

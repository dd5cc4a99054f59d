using System.Net;
using System.Text.Json;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Identity;

/// <summary>Sign-in, refresh rotation with reuse detection, sign-out and token checks at the Profile service.</summary>
public sealed class TokenTests(SharedBroker broker) : IAsyncLifetime
{
    private const string Password = "long-enough-secret";
    private readonly StandaloneProfile _profile = new();
    private HttpClient _client = null!;
    private string _handle = null!;
    private string _userId = null!;

    public async ValueTask InitializeAsync()
    {
        _client = await _profile.StartAsync(broker);
        _handle = ProfileApi.UniqueHandle();
        var created = await ProfileApi.SignUpAsync(_client, _handle, Password);
        _userId = (await ProfileApi.ReadJsonAsync(created)).GetProperty("userId").GetString()!;
    }

    public ValueTask DisposeAsync() => _profile.DisposeAsync();

    [Fact]
    public async Task The_password_grant_issues_a_short_lived_rs256_access_token_for_the_user_and_a_refresh_token()
    {
        var response = await OAuthApi.PasswordGrantAsync(_client, _handle.ToUpperInvariant(), Password);
        var body = await ProfileApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 1, 900);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refresh_token").GetString()));
        var (header, payload) = OAuthApi.Decode(body.GetProperty("access_token").GetString()!);
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Equal(_userId, payload.GetProperty("sub").GetString());
        Assert.Equal("social-api", payload.GetProperty("aud").ValueKind == JsonValueKind.Array ? payload.GetProperty("aud")[0].GetString() : payload.GetProperty("aud").GetString());
    }

    [Fact]
    public async Task Without_offline_access_no_refresh_token_is_issued()
    {
        var body = await ProfileApi.ReadJsonAsync(await OAuthApi.PasswordGrantAsync(_client, _handle, Password, scope: ""));

        Assert.False(body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_handle_get_the_same_invalid_grant()
    {
        var wrongPassword = await OAuthApi.PasswordGrantAsync(_client, _handle, "not-the-password");
        var unknownHandle = await OAuthApi.PasswordGrantAsync(_client, "nobody_" + Guid.NewGuid().ToString("N")[..8], Password);

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownHandle.StatusCode);
        var first = await ProfileApi.ReadJsonAsync(wrongPassword);
        var second = await ProfileApi.ReadJsonAsync(unknownHandle);
        Assert.Equal("invalid_grant", first.GetProperty("error").GetString());
        Assert.Equal(first.GetProperty("error").GetString(), second.GetProperty("error").GetString());
        Assert.Equal(first.GetProperty("error_description").GetString(), second.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Me_needs_a_valid_access_token_and_answers_with_the_token_owner()
    {
        var (accessToken, _) = await OAuthApi.SignInAsync(_client, _handle, Password);

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, "not-a-token")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, Tokens.Tampered(accessToken))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, Tokens.WithoutSignature(accessToken))).StatusCode);

        var me = await OAuthApi.GetMeAsync(_client, accessToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(_userId, (await ProfileApi.ReadJsonAsync(me)).GetProperty("userId").GetString());
    }

    [Fact]
    public async Task A_refresh_token_is_single_use_and_its_reuse_revokes_the_whole_session()
    {
        var (_, first) = await OAuthApi.SignInAsync(_client, _handle, Password);

        var rotated = await OAuthApi.RefreshAsync(_client, first);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = (await ProfileApi.ReadJsonAsync(rotated)).GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first, second);

        var reused = await OAuthApi.RefreshAsync(_client, first);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal("invalid_grant", (await ProfileApi.ReadJsonAsync(reused)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.RefreshAsync(_client, second)).StatusCode);
    }

    [Fact]
    public async Task Concurrent_reuse_of_one_refresh_token_succeeds_at_most_once()
    {
        var (_, refreshToken) = await OAuthApi.SignInAsync(_client, _handle, Password);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OAuthApi.RefreshAsync(_profile.Factory.CreateClient(), refreshToken)));

        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) <= 1);
    }

    [Fact]
    public async Task Revoking_the_refresh_token_signs_the_session_out()
    {
        var (_, refreshToken) = await OAuthApi.SignInAsync(_client, _handle, Password);

        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.RevokeAsync(_client, refreshToken)).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.RefreshAsync(_client, refreshToken)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_session_and_only_the_new_password_signs_in()
    {
        var (accessToken, phoneSession) = await OAuthApi.SignInAsync(_client, _handle, Password);
        var (_, laptopSession) = await OAuthApi.SignInAsync(_client, _handle, Password);

        var changed = await ChangePasswordAsync(accessToken, Password, "a-brand-new-secret");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.RefreshAsync(_client, phoneSession)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.RefreshAsync(_client, laptopSession)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.PasswordGrantAsync(_client, _handle, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.PasswordGrantAsync(_client, _handle, "a-brand-new-secret")).StatusCode);
    }

    [Theory]
    [InlineData("not-the-password", "a-brand-new-secret", "currentPassword")]
    [InlineData(Password, "short", "newPassword")]
    public async Task A_wrong_current_password_or_a_weak_new_one_changes_nothing(string current, string next, string field)
    {
        var (accessToken, refreshToken) = await OAuthApi.SignInAsync(_client, _handle, Password);

        var response = await ChangePasswordAsync(accessToken, current, next);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"field\":\"{field}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.PasswordGrantAsync(_client, _handle, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.RefreshAsync(_client, refreshToken)).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_needs_an_access_token() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await ChangePasswordAsync(null, Password, "a-brand-new-secret")).StatusCode);

    [Fact]
    public async Task Tokens_stay_valid_across_a_restart_because_the_keys_persist()
    {
        var (accessToken, refreshToken) = await OAuthApi.SignInAsync(_client, _handle, Password);

        _client = await _profile.RestartAsync();

        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.RefreshAsync(_client, refreshToken)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_access_token_stays_refused_after_a_restart()
    {
        var (revoked, _) = await OAuthApi.SignInAsync(_client, _handle, Password);
        var (kept, _) = await OAuthApi.SignInAsync(_client, _handle, Password);
        (await OAuthApi.RevokeAsync(_client, revoked)).EnsureSuccessStatusCode();

        _client = await _profile.RestartAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, revoked)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, kept)).StatusCode);
    }

    private Task<HttpResponseMessage> ChangePasswordAsync(string? accessToken, string current, string next)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/password")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { currentPassword = current, newPassword = next }),
        };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        return _client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}

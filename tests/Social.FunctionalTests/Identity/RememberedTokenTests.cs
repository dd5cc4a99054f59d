using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults.Auth;

namespace Social.FunctionalTests.Identity;

/// <summary>
/// Profile remembers the access tokens it has validated, yet a remembered token is refused on the very next request
/// once it is revoked or expires: the cache never accepts what validation would refuse.
/// </summary>
public sealed class RememberedTokenTests(SharedBroker broker) : IAsyncLifetime
{
    private const string Password = "long-enough-secret";
    private readonly StandaloneProfile _profile = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private HttpClient _client = null!;
    private string _handle = null!;

    public async ValueTask InitializeAsync()
    {
        _client = await _profile.StartAsync(broker, replaceServices: services => services.AddSingleton<TimeProvider>(_clock));
        _handle = ProfileApi.UniqueHandle();
        (await ProfileApi.SignUpAsync(_client, _handle, Password)).EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => _profile.DisposeAsync();

    [Fact]
    public async Task A_remembered_token_is_refused_on_the_very_next_request_after_it_is_revoked()
    {
        var (accessToken, _) = await OAuthApi.SignInAsync(_client, _handle, Password);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
        Assert.True(IsRemembered(accessToken), "The validated token was not remembered, so this test proves nothing.");

        (await OAuthApi.RevokeAsync(_client, accessToken)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_of_a_session_refuses_its_remembered_access_token_on_the_very_next_request()
    {
        var (accessToken, refreshToken) = await OAuthApi.SignInAsync(_client, _handle, Password);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
        Assert.True(IsRemembered(accessToken), "The validated token was not remembered, so this test proves nothing.");

        (await OAuthApi.RevokeAsync(_client, refreshToken)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_on_the_very_next_request_after_it_expires()
    {
        var (accessToken, _) = await OAuthApi.SignInAsync(_client, _handle, Password);
        var expires = DateTimeOffset.FromUnixTimeSeconds(OAuthApi.Decode(accessToken).Payload.GetProperty("exp").GetInt64());

        _clock.Advance(expires - _clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
        Assert.True(IsRemembered(accessToken), "The validated token was not remembered, so this test proves nothing.");

        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthApi.GetMeAsync(_client, accessToken)).StatusCode);
    }

    private bool IsRemembered(string accessToken) =>
        _profile.Factory.Services.GetRequiredService<ValidatedAccessTokens>().Find(TokenDigest.Of("Bearer " + accessToken)) is not null;
}

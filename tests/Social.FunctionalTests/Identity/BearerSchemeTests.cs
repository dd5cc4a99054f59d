using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Social.FunctionalTests.Gateway;
using Social.ServiceDefaults.Auth;

namespace Social.FunctionalTests.Identity;

/// <summary>
/// The bearer scheme every service uses shows OpenIddict a request only when it needs to; a challenge or refusal asked
/// of it is still answered by OpenIddict, also on a request whose token was remembered (which OpenIddict never saw).
/// </summary>
public sealed class BearerSchemeTests : IAsyncLifetime
{
    private const string User = "22222222-2222-7222-8222-222222222222";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Identity:Issuer"] = TestIssuer.Issuer.AbsoluteUri;
        builder.Configuration["Identity:Authority"] = TestIssuer.Current.Authority.AbsoluteUri;
        builder.AddTokenValidation();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet("/me", (HttpContext context) => context.User.FindFirst(CallerIdentity.SubjectClaim)?.Value).RequireAuthorization();
        _app.MapGet("/challenge", (HttpContext context) => context.ChallengeAsync());
        _app.MapGet("/forbid", (HttpContext context) => context.ForbidAsync());
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_token_is_accepted_the_first_time_and_when_remembered()
    {
        var token = TestIssuer.Current.Mint(User);

        var first = await GetAsync("/me", token);
        var second = await GetAsync("/me", token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(User, await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_challenge_without_a_token_is_answered_by_OpenIddict_with_401_and_the_bearer_challenge()
    {
        var response = await _client.GetAsync(new Uri("/challenge", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_challenge_despite_a_valid_token_is_answered_by_OpenIddict_as_insufficient_access(bool tokenRemembered)
    {
        var token = TestIssuer.Current.Mint(User);
        if (tokenRemembered)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/me", token)).StatusCode);
        }

        var response = await GetAsync("/challenge", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("insufficient_access", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_refusal_is_answered_by_OpenIddict_with_403(bool tokenRemembered)
    {
        var token = TestIssuer.Current.Mint(User);
        if (tokenRemembered)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync("/me", token)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/forbid", token)).StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}

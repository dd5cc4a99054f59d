using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Social.Contracts.Events;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Identity;

/// <summary>
/// A password change or a deletion commits its event with the change; Profile ends the sessions again when the event
/// arrives. Here the event arrives with nothing else done, as after a crash right after the commit.
/// </summary>
public sealed class SessionsAfterCrashTests(SharedBroker broker) : IAsyncLifetime
{
    private Suite _suite = null!;
    private HttpClient _client = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _client = _suite.Profile.CreateClient();
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_password_change_whose_request_crashed_still_ends_the_sessions_from_before_it_and_only_those()
    {
        var (handle, _) = await OAuthApi.NewSignedInUserAsync(_client);
        var (before, beforeRefresh) = await OAuthApi.SignInAsync(_client, handle, ProfileApi.DefaultPassword);
        var userId = await UserIdAsync(before);
        // The OAuth store keeps creation times to the whole second: the sessions are a second and more either side.
        await Task.Delay(TimeSpan.FromMilliseconds(1100), Cancellation);
        var changedAt = DateTimeOffset.UtcNow;
        await Task.Delay(TimeSpan.FromMilliseconds(1100), Cancellation);
        var (after, afterRefresh) = await OAuthApi.SignInAsync(_client, handle, ProfileApi.DefaultPassword);

        await PublishAsync(new PasswordChanged { UserId = userId, ChangedAt = changedAt });

        await Eventually.ReturnsAsync(
            async () => (await OAuthApi.RefreshAsync(_client, beforeRefresh)).StatusCode, status => status == HttpStatusCode.BadRequest,
            TimeSpan.FromSeconds(30), "the older session to end");
        await Eventually.ReturnsAsync(
            async () => (await OAuthApi.GetMeAsync(_client, before)).StatusCode, status => status == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(30), "the older access token to be refused");
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, after)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.RefreshAsync(_client, afterRefresh)).StatusCode);
    }

    [Fact]
    public async Task An_account_deletion_whose_request_crashed_still_ends_every_session()
    {
        var (handle, _) = await OAuthApi.NewSignedInUserAsync(_client);
        var (access, refresh) = await OAuthApi.SignInAsync(_client, handle, ProfileApi.DefaultPassword);
        var userId = await UserIdAsync(access);

        await PublishAsync(new AccountDeleted { UserId = userId, DeletedAt = DateTimeOffset.UtcNow });

        await Eventually.ReturnsAsync(
            async () => (await OAuthApi.GetMeAsync(_client, access)).StatusCode, status => status == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(30), "the access token to be refused");
        Assert.Equal(HttpStatusCode.BadRequest, (await OAuthApi.RefreshAsync(_client, refresh)).StatusCode);
    }

    private async Task<Guid> UserIdAsync(string accessToken) =>
        Guid.Parse((await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, accessToken))).GetProperty("userId").GetString()!);

    private Task PublishAsync<T>(T message)
        where T : class =>
        _suite.Profile.Services.GetRequiredService<IBus>().Publish(message, Cancellation);
}

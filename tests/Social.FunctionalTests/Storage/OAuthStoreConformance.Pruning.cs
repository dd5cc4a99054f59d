using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Pruning keeps the store small without losing what reuse detection needs: only entries older than the threshold
/// that can no longer be used go.
/// </summary>
public abstract partial class OAuthStoreConformance
{
    [Fact]
    public async Task Pruning_deletes_the_old_tokens_that_can_no_longer_be_used_and_keeps_the_rest()
    {
        var app = await CreateApplicationAsync("mobile");
        var now = DateTimeOffset.UtcNow;
        var old = now.AddDays(-30);
        var ended = await CreateAuthorizationAsync("ana", app, Statuses.Revoked, created: old);
        var live = await CreateAuthorizationAsync("ana", app, created: old);
        var oldRedeemed = await CreateTokenAsync("ana", app, live, status: Statuses.Redeemed, created: old, expires: now.AddDays(1));
        var oldExpired = await CreateTokenAsync("ana", app, live, created: old, expires: old.AddHours(1));
        var oldOfEndedSession = await CreateTokenAsync("ana", app, ended, created: old, expires: now.AddDays(1));
        var oldStillValid = await CreateTokenAsync("ana", app, live, created: old, expires: now.AddDays(1));
        var recentRedeemed = await CreateTokenAsync("ana", app, live, status: Statuses.Redeemed, created: now.AddHours(-1));

        await using (var scope = NewScope())
        {
            Assert.Equal(3, await Tokens(scope).PruneAsync(now.AddDays(-14), Cancellation));
        }

        Assert.Null(await TokenStatusAsync(oldRedeemed));
        Assert.Null(await TokenStatusAsync(oldExpired));
        Assert.Null(await TokenStatusAsync(oldOfEndedSession));
        Assert.Equal(Statuses.Valid, await TokenStatusAsync(oldStillValid));
        // Younger than the threshold: a reuse of it must still be recognised as one.
        Assert.Equal(Statuses.Redeemed, await TokenStatusAsync(recentRedeemed));
    }

    [Fact]
    public async Task Pruning_deletes_the_old_ended_or_empty_authorizations_and_keeps_the_rest()
    {
        var app = await CreateApplicationAsync("mobile");
        var now = DateTimeOffset.UtcNow;
        var old = now.AddDays(-30);
        var oldRevoked = await CreateAuthorizationAsync("ana", app, Statuses.Revoked, created: old);
        var oldEmpty = await CreateAuthorizationAsync("ana", app, created: old);
        var oldInUse = await CreateAuthorizationAsync("ana", app, created: old);
        await CreateTokenAsync("ana", app, oldInUse, created: now.AddHours(-1));
        var recentRevoked = await CreateAuthorizationAsync("ana", app, Statuses.Revoked, created: now.AddHours(-1));

        await using (var scope = NewScope())
        {
            Assert.Equal(2, await Authorizations(scope).PruneAsync(now.AddDays(-14), Cancellation));
        }

        Assert.Null(await AuthorizationStatusAsync(oldRevoked));
        Assert.Null(await AuthorizationStatusAsync(oldEmpty));
        Assert.Equal(Statuses.Valid, await AuthorizationStatusAsync(oldInUse));
        Assert.Equal(Statuses.Revoked, await AuthorizationStatusAsync(recentRevoked));
    }
}

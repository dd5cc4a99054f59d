using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.FunctionalTests.Storage;

/// <summary>Tokens and authorizations: created, found the ways the token server looks for them, changed, revoked.</summary>
public abstract partial class OAuthStoreConformance
{
    [Fact]
    public async Task A_token_is_found_by_id_reference_id_subject_authorization_and_application()
    {
        var app = await CreateApplicationAsync("mobile");
        var authorization = await CreateAuthorizationAsync("ana", app);
        var id = await CreateTokenAsync("ana", app, authorization, referenceId: "reference-1");
        await CreateTokenAsync("bob", app);

        await using var scope = NewScope();
        var token = await Tokens(scope).FindByReferenceIdAsync("reference-1", Cancellation);
        Assert.NotNull(token);
        Assert.Equal(id, await Tokens(scope).GetIdAsync(token, Cancellation));
        Assert.Equal("ana", await Tokens(scope).GetSubjectAsync(token, Cancellation));
        Assert.Equal(authorization, await Tokens(scope).GetAuthorizationIdAsync(token, Cancellation));
        Assert.Equal(app, await Tokens(scope).GetApplicationIdAsync(token, Cancellation));
        Assert.True(await Tokens(scope).HasStatusAsync(token, Statuses.Valid, Cancellation));
        Assert.True(await Tokens(scope).HasTypeAsync(token, TokenTypeIdentifiers.RefreshToken, Cancellation));
        Assert.NotNull(await Tokens(scope).FindByIdAsync(id, Cancellation));
        Assert.Null(await Tokens(scope).FindByReferenceIdAsync("reference-2", Cancellation));
        Assert.Equal(1, await CountAsync(Tokens(scope).FindBySubjectAsync("ana", Cancellation)));
        Assert.Equal(1, await CountAsync(Tokens(scope).FindByAuthorizationIdAsync(authorization, Cancellation)));
        Assert.Equal(2, await CountAsync(Tokens(scope).FindByApplicationIdAsync(app, Cancellation)));
        Assert.Equal(1, await CountAsync(Tokens(scope).FindAsync("ana", app, Statuses.Valid, TokenTypeIdentifiers.RefreshToken, Cancellation)));
        Assert.Equal(0, await CountAsync(Tokens(scope).FindAsync("ana", app, Statuses.Redeemed, TokenTypeIdentifiers.RefreshToken, Cancellation)));
    }

    [Fact]
    public async Task A_token_keeps_its_dates_and_a_change_is_stored()
    {
        var app = await CreateApplicationAsync("mobile");
        var created = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var id = await CreateTokenAsync("ana", app, created: created, expires: created.AddHours(1));

        await using (var scope = NewScope())
        {
            var token = await Tokens(scope).FindByIdAsync(id, Cancellation);
            Assert.Equal(created, await Tokens(scope).GetCreationDateAsync(token!, Cancellation));
            Assert.Equal(created.AddHours(1), await Tokens(scope).GetExpirationDateAsync(token!, Cancellation));
            Assert.True(await Tokens(scope).TryRedeemAsync(token!, Cancellation));
        }

        await using (var scope = NewScope())
        {
            var token = await Tokens(scope).FindByIdAsync(id, Cancellation);
            Assert.True(await Tokens(scope).HasStatusAsync(token!, Statuses.Redeemed, Cancellation));
            Assert.NotNull(await Tokens(scope).GetRedemptionDateAsync(token!, Cancellation));
            await Tokens(scope).DeleteAsync(token!, Cancellation);
        }

        Assert.Null(await TokenStatusAsync(id));
    }

    [Fact]
    public async Task An_authorization_is_found_by_subject_and_application_and_deleted_with_its_tokens()
    {
        var app = await CreateApplicationAsync("mobile");
        var authorization = await CreateAuthorizationAsync("ana", app);
        var token = await CreateTokenAsync("ana", app, authorization);
        var unrelated = await CreateTokenAsync("ana", app);

        await using (var scope = NewScope())
        {
            Assert.Equal(1, await CountAsync(Authorizations(scope).FindBySubjectAsync("ana", Cancellation)));
            Assert.Equal(1, await CountAsync(Authorizations(scope).FindByApplicationIdAsync(app, Cancellation)));
            Assert.Equal(1, await CountAsync(Authorizations(scope).FindAsync("ana", app, Statuses.Valid, AuthorizationTypes.AdHoc, [Scopes.OfflineAccess], Cancellation)));
            Assert.Equal(0, await CountAsync(Authorizations(scope).FindAsync("ana", app, Statuses.Valid, AuthorizationTypes.AdHoc, [Scopes.OfflineAccess, "other"], Cancellation)));
            Assert.Equal(0, await CountAsync(Authorizations(scope).FindBySubjectAsync("bob", Cancellation)));
            var entry = await Authorizations(scope).FindByIdAsync(authorization, Cancellation);
            Assert.Equal([Scopes.OfflineAccess], await Authorizations(scope).GetScopesAsync(entry!, Cancellation));
            await Authorizations(scope).DeleteAsync(entry!, Cancellation);
        }

        Assert.Null(await AuthorizationStatusAsync(authorization));
        Assert.Null(await TokenStatusAsync(token));
        Assert.Equal(Statuses.Valid, await TokenStatusAsync(unrelated));
    }

    [Fact]
    public async Task Revoking_by_subject_ends_that_users_tokens_and_authorizations_only()
    {
        var app = await CreateApplicationAsync("mobile");
        var anaSession = await CreateAuthorizationAsync("ana", app);
        var anaToken = await CreateTokenAsync("ana", app, anaSession);
        var anaAccess = await CreateTokenAsync("ana", app, anaSession, type: TokenTypeIdentifiers.AccessToken);
        var bobSession = await CreateAuthorizationAsync("bob", app);
        var bobToken = await CreateTokenAsync("bob", app, bobSession);

        await using (var scope = NewScope())
        {
            Assert.Equal(1, await Authorizations(scope).RevokeBySubjectAsync("ana", Cancellation));
            Assert.Equal(2, await Tokens(scope).RevokeBySubjectAsync("ana", Cancellation));
        }

        Assert.Equal(Statuses.Revoked, await AuthorizationStatusAsync(anaSession));
        Assert.Equal(Statuses.Revoked, await TokenStatusAsync(anaToken));
        Assert.Equal(Statuses.Revoked, await TokenStatusAsync(anaAccess));
        Assert.Equal(Statuses.Valid, await AuthorizationStatusAsync(bobSession));
        Assert.Equal(Statuses.Valid, await TokenStatusAsync(bobToken));
    }

    [Fact]
    public async Task Revoking_by_authorization_or_application_ends_those_tokens_only()
    {
        var mobile = await CreateApplicationAsync("mobile");
        var web = await CreateApplicationAsync("web");
        var phone = await CreateAuthorizationAsync("ana", mobile);
        var laptop = await CreateAuthorizationAsync("ana", web);
        var phoneToken = await CreateTokenAsync("ana", mobile, phone);
        var laptopToken = await CreateTokenAsync("ana", web, laptop);
        var bobWebToken = await CreateTokenAsync("bob", web);

        await using (var scope = NewScope())
        {
            Assert.Equal(1, await Tokens(scope).RevokeByAuthorizationIdAsync(phone, Cancellation));
        }

        Assert.Equal(Statuses.Revoked, await TokenStatusAsync(phoneToken));
        Assert.Equal(Statuses.Valid, await TokenStatusAsync(laptopToken));

        await using (var scope = NewScope())
        {
            Assert.Equal(2, await Tokens(scope).RevokeByApplicationIdAsync(web, Cancellation));
            Assert.Equal(1, await Authorizations(scope).RevokeByApplicationIdAsync(web, Cancellation));
        }

        Assert.Equal(Statuses.Revoked, await TokenStatusAsync(laptopToken));
        Assert.Equal(Statuses.Revoked, await TokenStatusAsync(bobWebToken));
        Assert.Equal(Statuses.Revoked, await AuthorizationStatusAsync(laptop));
        Assert.Equal(Statuses.Valid, await AuthorizationStatusAsync(phone));
    }
}

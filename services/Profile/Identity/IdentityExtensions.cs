using Social.ServiceDefaults.Auth;
using Social.Profile.Identity.MongoDb;
using Social.Storage;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

public static class IdentityExtensions
{
    /// <summary>
    /// Profile as the OAuth 2.0 server of the suite (OpenIddict): password and refresh-token grants for the apps,
    /// client credentials for internal callers, revocation, RSA-signed JWT access tokens, encrypted single-use rotating
    /// refresh tokens, keys persisted across restarts. Profile validates those tokens itself, in-process, and refuses
    /// revoked access tokens as every service does (announced revocations), without a store read per request.
    /// </summary>
    public static WebApplicationBuilder AddTokenIssuer(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TokenIssuerOptions.SectionName).Get<TokenIssuerOptions>() ?? new TokenIssuerOptions();
        var issuer = builder.Configuration.GetSection(TokenValidationOptions.SectionName).Get<TokenValidationOptions>()?.Issuer
            ?? new TokenValidationOptions().Issuer;
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var keysDirectory = options.KeysDirectory ?? Path.Combine(storage.DataDirectory, "keys");
        Directory.CreateDirectory(storage.DataDirectory);

        var signing = KeyRing.Load(keysDirectory, "signing", options.CreateMissingKeys);
        // Refresh tokens are always encrypted; an encryption key must outlive every refresh token it protected.
        var encryption = KeyRing.Load(keysDirectory, "encryption", options.CreateMissingKeys);
        builder.Services.AddHostedService(provider => ActivatorUtilities.CreateInstance<KeyRingNotices>(provider, signing, encryption));

        builder.Services.AddOpenIddict()
            // The OAuth store lives in the service's own storage: Profile's MongoDB database, or a SQLite file beside
            // profile.db.
            .AddCore(core =>
            {
                if (storage.Provider == StorageProvider.MongoDb)
                {
                    core.UseProfileMongoDbStores();
                }
                else
                {
                    core.UseProfileSqliteStores(Path.Combine(storage.DataDirectory, "profile-oauth.db"));
                }
            })
            .AddServer(server =>
            {
                server.SetIssuer(issuer);
                server.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/')).SetRevocationEndpointUris("connect/revoke");
                server.AllowPasswordFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                server.RegisterScopes(Scopes.OfflineAccess, SocialAuth.InternalScope, SocialAuth.RepairScope);
                // Every key of both rings is registered (published, accepted, able to decrypt); KeysInUse picks the
                // one each new token is made with.
                foreach (var key in signing.Keys)
                {
                    server.AddSigningKey(key.Key);
                }

                foreach (var key in encryption.Keys)
                {
                    server.AddEncryptionKey(key.Key);
                }

                server.AddEventHandler(KeysInUse.Descriptor(signing, encryption));
                server.DisableAccessTokenEncryption();
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                server.SetRefreshTokenLifetime(options.RefreshTokenLifetime);
                // Strictly single use: a second redemption is reuse, and OpenIddict revokes the whole chain.
                server.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                // TLS ends in front of the suite (or is absent on a laptop); the issuer URL still says what clients use.
                server.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
                server.AddEventHandler(AnnounceRevokedTokens.Descriptor);
                // Strictly single use across instances too: the redemption is a conditional write in the store.
                server.AddEventHandler(RedeemRefreshTokenOnce.Descriptor);
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(SocialAuth.ApiAudience);
                // Revoked access tokens (sign-out, password change, deletion) are refused as every service refuses
                // them: from the announced revocations, which this instance records at once when it revokes and loads
                // from the token store at start. No store read per request.
                validation.RefuseAnnouncedRevocations();
                validation.UseAspNetCore().DisableAccessTokenExtractionFromBodyForm().DisableAccessTokenExtractionFromQueryString();
            });

        builder.Services.AddSocialAuthorization();
        builder.Services.AddOptions<TokenIssuerOptions>().BindConfiguration(TokenIssuerOptions.SectionName);
        builder.Services.AddHostedService<OAuthSetupService>();
        builder.Services.AddHostedService<RevokedTokensAtStart>();
        builder.Services.AddHostedService<OAuthStorePruning>();
        builder.Services.AddScoped<AccessTokenAnnouncements>();
        return builder;
    }

    public static WebApplication MapTokenIssuer(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost(TokenEndpoint.Path, TokenEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}

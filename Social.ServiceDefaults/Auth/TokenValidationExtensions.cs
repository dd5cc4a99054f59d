using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using OpenIddict.Validation;

namespace Social.ServiceDefaults.Auth;

public static class TokenValidationExtensions
{
    /// <summary>
    /// Validates the suite's access tokens as any resource server does (OpenIddict validation): signature against the
    /// keys in the issuer's discovery document, issuer, audience <see cref="SocialAuth.ApiAudience"/> and lifetime.
    /// The issuer itself (Profile) calls <see cref="AddSocialAuthorization"/> with its in-process validation instead.
    /// </summary>
    public static TBuilder AddTokenValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(TokenValidationOptions.SectionName).Get<TokenValidationOptions>()
            ?? new TokenValidationOptions();

        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer(options.Issuer);
            validation.Configure(validationOptions =>
                validationOptions.ConfigurationEndpoint = new Uri(options.Authority, ".well-known/openid-configuration"));
            validation.AddAudiences(SocialAuth.ApiAudience);
            validation.AddEventHandler(KeySetFromAuthority.Descriptor(options.Authority));
            validation.RefuseAnnouncedRevocations();
            validation.UseSystemNetHttp();
            // Tokens travel in the Authorization header only: never in a URL (logged) or a form body (which the
            // gateway must forward unread).
            validation.UseAspNetCore().DisableAccessTokenExtractionFromBodyForm().DisableAccessTokenExtractionFromQueryString();
        });

        builder.Services.AddSocialAuthorization();
        return builder;
    }

    /// <summary>
    /// Bearer authentication by OpenIddict validation, remembered per token (<see cref="CachedBearerHandler"/>), the
    /// <see cref="SocialAuth.InternalPolicy"/> policy and error bodies for refusals. Endpoints opt in with
    /// <c>[Authorize]</c>; nothing is protected implicitly.
    /// </summary>
    public static IServiceCollection AddSocialAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
        {
            options.DefaultScheme = CachedBearerHandler.SchemeName;
            options.AddScheme<CachedBearerHandler>(CachedBearerHandler.SchemeName, displayName: null);
        });
        // One handler per request, from the container rather than built by reflection each time.
        services.TryAddTransient<CachedBearerHandler>();
        services.TryAddSingleton<ValidatedAccessTokens>();
        services.Replace(ServiceDescriptor.Singleton<IAuthenticationSchemeProvider, ValidationRequestsOnDemand>());
        services.AddAuthorizationBuilder()
            .AddPolicy(SocialAuth.InternalPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(SocialAuth.InternalScope)))
            .AddPolicy(SocialAuth.RepairPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(SocialAuth.InternalScope) && context.User.HasScope(SocialAuth.RepairScope)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationFailureResponses>();
        services.TryAddSingleton<RevokedAccessTokens>();
        return services;
    }

    /// <summary>
    /// Refuses access tokens whose revocation the issuer announced (<see cref="RevokedAccessTokens"/>, fed by
    /// <see cref="AccessTokensRevokedConsumer"/>) although their signature is still good.
    /// </summary>
    public static OpenIddictValidationBuilder RefuseAnnouncedRevocations(this OpenIddictValidationBuilder validation)
    {
        validation.Services.TryAddSingleton<RevokedAccessTokens>();
        return validation.AddEventHandler(RejectRevokedAccessTokens.Descriptor);
    }
}

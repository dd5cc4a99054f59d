using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Social.Profile.Domain.Accounts;
using Social.Profile.Storage;
using Social.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// <c>POST /connect/token</c>: OpenIddict validates the OAuth request (client, grant, scopes, refresh token) and hands
/// it here to decide who the caller is. A wrong handle and a wrong password get the same <c>invalid_grant</c>.
/// Client credentials (internal callers, already authenticated by their secret) get a token whose subject is the
/// client id and which carries the internal scope when asked for: it names no user, so no user endpoint accepts it.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static async Task<IResult> HandleAsync(HttpContext context, IProfileStore store, PasswordHashing passwords)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request is missing.");

        if (request.IsPasswordGrantType())
        {
            var credentials = await store.FindCredentialsAsync(HandleRules.Normalize(request.Username), context.RequestAborted);
            if (!passwords.Verify(credentials?.PasswordHash, request.Password ?? string.Empty))
            {
                return InvalidGrant("The handle or password is incorrect.");
            }

            // offline_access is the only scope an app may ask for: it is what gets a refresh token.
            return SignIn(credentials!.UserId.ToString(), request.GetScopes().Where(scope => scope == Scopes.OfflineAccess));
        }

        if (request.IsRefreshTokenGrantType())
        {
            var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            if (!Guid.TryParse(principal?.GetClaim(Claims.Subject), out var userId)
                || await store.FindByIdAsync(userId, context.RequestAborted) is null)
            {
                return InvalidGrant("The account no longer exists.");
            }

            return SignIn(userId.ToString(), principal!.GetScopes());
        }

        if (request.IsClientCredentialsGrantType())
        {
            // OpenIddict has already refused any scope the client is not permitted (only operators' clients may repair).
            return SignIn(request.ClientId!, request.GetScopes().Where(scope => scope is SocialAuth.InternalScope or SocialAuth.RepairScope));
        }

        return Results.Forbid(ErrorProperties(Errors.UnsupportedGrantType, "Only the password, refresh_token and client_credentials grants are supported."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult SignIn(string subject, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetScopes(scopes);
        identity.SetAudiences(SocialAuth.ApiAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult InvalidGrant(string description) =>
        Results.Forbid(ErrorProperties(Errors.InvalidGrant, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties ErrorProperties(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}

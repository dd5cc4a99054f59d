using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The bearer authentication of every service and the gateway: OpenIddict validation, whose result is remembered per
/// token (<see cref="ValidatedAccessTokens"/>), so that a client's repeated calls with one token skip the signature
/// check, token parsing and OpenIddict's per-request pipeline. Failures are never remembered; a remembered token is
/// checked against expiry and revocations on every request.
/// </summary>
internal sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ValidatedAccessTokens validated)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SocialBearer";

    /// <summary>Where validation happens (and challenges and refusals are answered): OpenIddict's scheme.</summary>
    public const string ValidationScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Only a single Authorization header is looked up: it is exactly what OpenIddict reads the token from.
        var authorization = Request.Headers.Authorization;
        if (authorization.Count != 1 || string.IsNullOrEmpty(authorization[0]))
        {
            return Rewrap(await Context.AuthenticateAsync(ValidationScheme));
        }

        var digest = TokenDigest.Of(authorization[0]!);
        if (validated.Find(digest) is { } remembered)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(remembered, Scheme.Name));
        }

        var result = await Context.AuthenticateAsync(ValidationScheme);
        if (result.Succeeded)
        {
            validated.Remember(digest, result.Principal);
        }

        return Rewrap(result);
    }

    // The ticket carries the principal only, as a remembered one does: nothing here reads the token back from it.
    private AuthenticateResult Rewrap(AuthenticateResult result) =>
        result.Succeeded ? AuthenticateResult.Success(new AuthenticationTicket(result.Principal, Scheme.Name))
        : result.None ? AuthenticateResult.NoResult()
        : AuthenticateResult.Fail(result.Failure ?? new InvalidOperationException("The access token was refused."));
}

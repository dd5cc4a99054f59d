using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The bearer authentication of every service and the gateway: OpenIddict validation, whose result is remembered per
/// token (<see cref="ValidatedAccessTokens"/>), so that a client's repeated calls with one token skip the signature
/// check, token parsing and OpenIddict's per-request pipeline, which only runs for a token not seen yet. Failures are
/// never remembered; a remembered token is checked against expiry and revocations on every request. Challenges and
/// refusals, should anything ask for them, are OpenIddict's.
/// </summary>
internal sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ValidatedAccessTokens validated,
    IAuthenticationHandlerProvider handlers)
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
            return await ValidateAsync();
        }

        var digest = TokenDigest.Of(authorization[0]!);
        if (validated.Find(digest) is { } remembered)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(remembered, Scheme.Name));
        }

        var result = await ValidateAsync();
        if (result.Succeeded)
        {
            validated.Remember(digest, result.Principal);
        }

        return result;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!await ShowRequestToOpenIddictAsync())
        {
            await Context.ChallengeAsync(ValidationScheme, properties);
        }
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (!await ShowRequestToOpenIddictAsync())
        {
            await Context.ForbidAsync(ValidationScheme, properties);
        }
    }

    private async Task<AuthenticateResult> ValidateAsync() =>
        await ShowRequestToOpenIddictAsync() ? AuthenticateResult.NoResult() : Rewrap(await Context.AuthenticateAsync(ValidationScheme));

    /// <summary>
    /// OpenIddict works within a per-request transaction, which it opens when it is shown the request. It is not shown
    /// every request (<see cref="ValidationRequestsOnDemand"/>), so it is shown this one now, once.
    /// </summary>
    /// <returns>Whether OpenIddict answered the request itself (it serves no endpoints here, so it does not).</returns>
    private async Task<bool> ShowRequestToOpenIddictAsync() =>
        Context.Features.Get<OpenIddictValidationAspNetCoreFeature>() is null
        && await handlers.GetHandlerAsync(Context, ValidationScheme) is IAuthenticationRequestHandler openIddict
        && await openIddict.HandleRequestAsync();

    // The ticket carries the principal only, as a remembered one does: nothing here reads the token back from it.
    private AuthenticateResult Rewrap(AuthenticateResult result) =>
        result.Succeeded ? AuthenticateResult.Success(new AuthenticationTicket(result.Principal, Scheme.Name))
        : result.None ? AuthenticateResult.NoResult()
        : AuthenticateResult.Fail(result.Failure ?? new InvalidOperationException("The access token was refused."));
}

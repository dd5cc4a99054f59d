using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Validation.AspNetCore;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The bearer authentication of every service and the gateway: OpenIddict validation, whose result is remembered per
/// token (<see cref="ValidatedAccessTokens"/>), so that a client's repeated calls with one token skip the signature
/// check, token parsing and OpenIddict's per-request pipeline, which only runs for a token not seen yet. Failures are
/// never remembered; a remembered token is checked against expiry and revocations on every request. Challenges and
/// refusals, should anything ask for them, are OpenIddict's.
/// </summary>
/// <remarks>
/// A plain <see cref="IAuthenticationHandler"/> rather than an <c>AuthenticationHandler&lt;TOptions&gt;</c>: one is
/// created for every request, and that base class resolves options, an encoder and a logger (a locked lookup in the
/// logger factory) each time for features this scheme has no use for (forwarding, events, its own options).
/// </remarks>
internal sealed class CachedBearerHandler(ValidatedAccessTokens validated, IAuthenticationHandlerProvider handlers) : IAuthenticationHandler
{
    public const string SchemeName = "SocialBearer";

    /// <summary>Where validation happens (and challenges and refusals are answered): OpenIddict's scheme.</summary>
    public const string ValidationScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    private AuthenticationScheme _scheme = null!;
    private HttpContext _context = null!;

    // Authenticating twice in one request (a policy that names the scheme) gives the first answer again.
    private Task<AuthenticateResult>? _result;

    public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
    {
        _scheme = scheme;
        _context = context;
        return Task.CompletedTask;
    }

    public Task<AuthenticateResult> AuthenticateAsync() => _result ??= AuthenticateOnceAsync();

    public async Task ChallengeAsync(AuthenticationProperties? properties)
    {
        if (!await ShowRequestToOpenIddictAsync())
        {
            await _context.ChallengeAsync(ValidationScheme, properties);
        }
    }

    public async Task ForbidAsync(AuthenticationProperties? properties)
    {
        if (!await ShowRequestToOpenIddictAsync())
        {
            await _context.ForbidAsync(ValidationScheme, properties);
        }
    }

    private async Task<AuthenticateResult> AuthenticateOnceAsync()
    {
        // Only a single Authorization header is looked up: it is exactly what OpenIddict reads the token from.
        var authorization = _context.Request.Headers.Authorization;
        if (authorization.Count != 1 || string.IsNullOrEmpty(authorization[0]))
        {
            return await ValidateAsync();
        }

        var digest = TokenDigest.Of(authorization[0]!);
        if (validated.Find(digest) is { } remembered)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(remembered, _scheme.Name));
        }

        var result = await ValidateAsync();
        if (result.Succeeded)
        {
            validated.Remember(digest, result.Principal);
        }

        return result;
    }

    private async Task<AuthenticateResult> ValidateAsync() =>
        await ShowRequestToOpenIddictAsync() ? AuthenticateResult.NoResult() : Rewrap(await _context.AuthenticateAsync(ValidationScheme));

    /// <summary>
    /// OpenIddict works within a per-request transaction, which it opens when it is shown the request. It is not shown
    /// every request (<see cref="ValidationRequestsOnDemand"/>), so it is shown this one now, once.
    /// </summary>
    /// <returns>Whether OpenIddict answered the request itself (it serves no endpoints here, so it does not).</returns>
    private async Task<bool> ShowRequestToOpenIddictAsync() =>
        _context.Features.Get<OpenIddictValidationAspNetCoreFeature>() is null
        && await handlers.GetHandlerAsync(_context, ValidationScheme) is IAuthenticationRequestHandler openIddict
        && await openIddict.HandleRequestAsync();

    // The ticket carries the principal only, as a remembered one does: nothing here reads the token back from it.
    private AuthenticateResult Rewrap(AuthenticateResult result) =>
        result.Succeeded ? AuthenticateResult.Success(new AuthenticationTicket(result.Principal, _scheme.Name))
        : result.None ? AuthenticateResult.NoResult()
        : AuthenticateResult.Fail(result.Failure ?? new InvalidOperationException("The access token was refused."));
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace Social.Gateway.Auth;

/// <summary>
/// The gateway's bearer authentication: OpenIddict validation, remembered per token until it expires (a few minutes
/// at most), so that a client's repeated calls with the same token pay for the signature check once. Failures are not
/// remembered. Revocation is the services' check, not the gateway's: they refuse announced revocations themselves.
/// </summary>
internal sealed class CachedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMemoryCache cache, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "GatewayBearer";

    // Long enough to spare repeated checks, short enough that the cache never outlives a key rotation by much.
    private static readonly TimeSpan MaxRemembered = TimeSpan.FromMinutes(5);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        // A digest, not the token, is the key: the cache holds no credentials.
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(header)));
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(key, out Remembered? remembered) && remembered is not null && now < remembered.Until)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(remembered.Principal, Scheme.Name));
        }

        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            return result.None ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(result.Failure ?? new InvalidOperationException("Invalid token."));
        }

        var until = result.Principal.GetExpirationDate() is { } expires && expires - now < MaxRemembered ? expires : now + MaxRemembered;
        // Checked against the gateway's clock on every hit; the cache's own expiry only frees the memory.
        cache.Set(key, new Remembered(result.Principal, until), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxRemembered, Size = 1 });
        return AuthenticateResult.Success(new AuthenticationTicket(result.Principal, Scheme.Name));
    }

    private sealed record Remembered(System.Security.Claims.ClaimsPrincipal Principal, DateTimeOffset Until);
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// The authentication schemes, less OpenIddict validation among those that look at every request. ASP.NET Core lets
/// every <see cref="IAuthenticationRequestHandler"/> see each request before anything else; OpenIddict validation uses
/// that only to open its per-request transaction (it serves no endpoints), at a cost that a remembered token would
/// otherwise pay on every request. <see cref="CachedBearerHandler"/> opens the transaction itself, when it asks
/// OpenIddict to validate a token it has not seen.
/// </summary>
internal sealed class ValidationRequestsOnDemand(IOptions<AuthenticationOptions> options) : AuthenticationSchemeProvider(options)
{
    private (IEnumerable<AuthenticationScheme> All, AuthenticationScheme[] Kept)? _last;

    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var all = await base.GetRequestHandlerSchemesAsync();
        // The base returns the same collection until a scheme is added or removed: filter it once per change.
        if (_last is { } last && ReferenceEquals(last.All, all))
        {
            return last.Kept;
        }

        var kept = all.Where(scheme => scheme.Name != CachedBearerHandler.ValidationScheme).ToArray();
        _last = (all, kept);
        return kept;
    }
}

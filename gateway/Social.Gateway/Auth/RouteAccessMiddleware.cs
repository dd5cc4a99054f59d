using System.Security.Claims;
using Social.Gateway.Routing;

namespace Social.Gateway.Auth;

/// <summary>
/// Refuses a request to a route that needs a user (<see cref="RouteAccess.User"/>) unless authentication verified its
/// access token (<see cref="AccessRefusal"/>: 401, never forwarded). It stands in for ASP.NET Core's authorization
/// middleware, which would make the same decision (the default policy: an authenticated user) at a far higher cost per
/// request: a policy lookup, a per-request evaluator, authorization service and handler context, a second
/// authentication result. No gateway route asks more of a token than that it is valid; scopes and ownership are the
/// services' to check. The gateway's own endpoints carry no authorization metadata (ASP.NET Core's endpoint middleware
/// would refuse to run one that did, with no authorization middleware in the pipeline).
/// </summary>
internal sealed class RouteAccessMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        GatewayRoute.Of(context) is { Access: RouteAccess.User } && !IsAuthenticated(context.User)
            ? AccessRefusal.WriteAsync(context)
            : next(context);

    /// <summary>As ASP.NET Core's <c>DenyAnonymousAuthorizationRequirement</c> decides: any authenticated identity.</summary>
    private static bool IsAuthenticated(ClaimsPrincipal user)
    {
        foreach (var identity in user.Identities)
        {
            if (identity.IsAuthenticated)
            {
                return true;
            }
        }

        return false;
    }
}

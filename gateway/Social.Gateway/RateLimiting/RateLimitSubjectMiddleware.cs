using System.Security.Claims;
using Social.Gateway.Routing;
using Social.ServiceDefaults.Auth;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// Settles the <see cref="RateLimitSubject"/> of every request routed to a service. Runs after routing (the matched
/// route decides whether a request is limited) and authentication (the user is the token's verified subject), and
/// before the rate limiter, which reads it.
/// </summary>
internal sealed class RateLimitSubjectMiddleware(RequestDelegate next, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (RouteMetadata.KindOfEndpoint(context) is { } kind)
        {
            var request = context.Request;
            var signInHandle = kind == RouteKind.OAuth ? await SignInForm.ReadHandleAsync(request, context.RequestAborted) : null;
            context.Features.Set(new RateLimitSubject(
                clock.GetUtcNow(),
                ClientAddress.KeyOf(context.Connection.RemoteIpAddress),
                // The verified subject only: a forged token must not spend someone else's budget.
                context.User.FindFirstValue(CallerIdentity.SubjectClaim),
                signInHandle,
                SignUpRequest.Matches(request)));
        }

        await next(context);
    }
}

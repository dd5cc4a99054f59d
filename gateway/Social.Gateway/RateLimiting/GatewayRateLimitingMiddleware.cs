using System.Security.Claims;
using Social.Gateway.RateLimiting.Shared;
using Social.Gateway.Routing;
using Social.ServiceDefaults.Auth;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// Counts every request routed to a service against the gateway's limits (<see cref="GatewayRateLimiter"/>): a refused
/// one is answered here (<see cref="RateLimitRejection"/>) and never reaches a service; a granted one carries the
/// X-RateLimit-* headers of its tightest limit, set as the response starts, over any the service sent. The gateway's own
/// endpoints (health, liveness, the API docs) are not limited. Runs after routing (the matched route decides whether a
/// request is limited) and authentication (the user is the token's verified subject). One middleware rather than
/// ASP.NET Core's rate limiter: that one also consults a per-endpoint limiter on every request, under a lock, which
/// the gateway has no use for. With Redis configured the limits are counted there (<see cref="SharedRateLimiter"/>);
/// without, in memory, synchronously: a single gateway pays nothing for the shared path.
/// </summary>
internal sealed class GatewayRateLimitingMiddleware(
    RequestDelegate next, GatewayRateLimiter limiter, TimeProvider clock, ILogger<GatewayRateLimiter> logger, SharedRateLimiter? shared = null)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (GatewayRoute.Of(context) is not { } route)
        {
            return next(context);
        }

        // Reading a sign-in attempt's handle takes a body read; nothing else waits before it is counted.
        return route.Kind == RouteKind.OAuth ? CountSignInAsync(context) : Count(context, signInHandle: null);
    }

    private async Task CountSignInAsync(HttpContext context)
    {
        var signInHandle = await SignInForm.ReadHandleAsync(context.Request, context.RequestAborted);
        await Count(context, signInHandle);
    }

    private Task Count(HttpContext context, string? signInHandle)
    {
        var subject = new RateLimitSubject(
            clock.GetUtcNow(),
            ClientAddress.KeyOf(context.Connection.RemoteIpAddress),
            // The verified subject only: a forged token must not spend someone else's budget.
            context.User.FindFirstValue(CallerIdentity.SubjectClaim),
            signInHandle,
            SignUpRequest.Matches(context.Request));
        // The open-streams limit reads whom the request counts against too.
        context.Features.Set(subject);

        return shared is null ? Apply(context, limiter.Count(subject)) : CountSharedAsync(context, subject, shared);
    }

    private async Task CountSharedAsync(HttpContext context, RateLimitSubject subject, SharedRateLimiter shared) =>
        await Apply(context, await shared.CountAsync(subject));

    /// <summary>Answers a refusal here, or passes a granted request on with its tightest limit's headers.</summary>
    private Task Apply(HttpContext context, RateLimitDecision decision)
    {
        if (!decision.IsGranted)
        {
            return RateLimitRejection.WriteAsync(context, decision, logger);
        }

        if (decision.Status is { } status)
        {
            context.Response.OnStarting(
                static state =>
                {
                    var (response, status) = ((HttpResponse, RateLimitStatus))state;
                    RateLimitHeaders.Write(response.Headers, status);
                    return Task.CompletedTask;
                },
                (context.Response, status));
        }

        return next(context);
    }
}

using Social.Gateway.Routing;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// Settles the <see cref="RateLimitSubject"/> of every request routed to a service. Runs after routing (the matched
/// route decides whether a request is limited) and before the rate limiter, which reads it.
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
                BearerSubject.Read(request.Headers.Authorization),
                signInHandle));
        }

        await next(context);
    }
}

using Microsoft.Extensions.Options;
using Social.Gateway.Errors;
using Social.Gateway.RateLimiting.Shared;
using Social.Gateway.Routing;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// Limits the event streams a caller holds open at once (per user with a token, per client address with a ticket).
/// A window limit would count a stream once and then never again; this counts it for as long as it is open. Over the
/// limit answers 429 <c>rate_limited</c> with Retry-After, like every other limit (the X-RateLimit-* headers stay those
/// of the window limits, which the request was counted against). With Redis configured the streams are counted across
/// replicas (<see cref="SharedOpenStreams"/>); without, by this instance.
/// </summary>
internal sealed class OpenStreamLimitMiddleware(
    RequestDelegate next, OpenStreams open, IOptions<GatewayRateLimitOptions> options, SharedOpenStreams? shared = null)
{
    private const string RetryAfterSeconds = "5";

    public Task InvokeAsync(HttpContext context) =>
        GatewayRoute.Of(context)?.Kind == RouteKind.Stream && RateLimitSubject.Of(context) is { } subject
            ? HoldStreamAsync(context, subject)
            : next(context);

    private async Task HoldStreamAsync(HttpContext context, RateLimitSubject subject)
    {
        var (key, limit) = subject.UserId is { } user
            ? ("user:" + user, options.Value.OpenStreamsPerUser)
            : ("address:" + subject.ClientAddress, options.Value.OpenStreamsPerIp);
        if (shared is not null)
        {
            await HoldSharedStreamAsync(context, key, limit, shared);
            return;
        }

        if (!open.TryOpen(key, limit))
        {
            await RefuseAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            open.Close(key);
        }
    }

    private async Task HoldSharedStreamAsync(HttpContext context, string key, int limit, SharedOpenStreams shared)
    {
        if (await shared.TryOpenAsync(key, limit) is not { } lease)
        {
            await RefuseAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        finally
        {
            shared.Close(lease);
        }
    }

    private static Task RefuseAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = RetryAfterSeconds;
        return ErrorWriter.WriteBodyAsync(response, RateLimitRejection.Error, context.RequestAborted);
    }
}

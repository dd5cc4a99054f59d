using Microsoft.AspNetCore.RateLimiting;
using Social.Gateway.Errors;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// The answer to a request over a limit: 429 <c>rate_limited</c> with Retry-After and the X-RateLimit-* headers of the
/// refusing limit, or RESOURCE_EXHAUSTED for a gRPC caller. The same whichever handle a sign-in attempt named, so the
/// answer never tells whether an account exists.
/// </summary>
internal static class RateLimitRejection
{
    public static ErrorResponse Error { get; } =
        new(GatewayErrorCodes.RateLimited, "Too many requests; retry after the number of seconds in the Retry-After header.");

    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        var refused = rejected.Lease as RefusedLease;
        var logger = context.RequestServices.GetRequiredService<ILogger<GatewayRateLimiter>>();
        GatewayLog.RateLimited(logger, refused?.LimitName ?? "endpoint");
        if (refused is not null)
        {
            RateLimitHeaders.Write(response.Headers, refused.Status);
            response.Headers.RetryAfter = RateLimitHeaders.Seconds(refused.Status.ResetAfter);
        }

        if (GrpcErrorWriter.IsGrpcRequest(context.Request))
        {
            GrpcErrorWriter.WriteStatus(response, GrpcErrorWriter.ResourceExhausted, Error.Message);
            return;
        }

        response.StatusCode = StatusCodes.Status429TooManyRequests;
        await ErrorWriter.WriteBodyAsync(response, Error, cancellationToken);
    }
}

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

    public static Task WriteAsync(HttpContext context, RateLimitDecision refusal, ILogger logger)
    {
        var limitName = refusal.RefusedBy ?? throw new ArgumentException("The decision is not a refusal.", nameof(refusal));
        GatewayLog.RateLimited(logger, limitName);
        GatewayMetrics.CountRefusal(limitName);
        var response = context.Response;
        if (refusal.Status is { } status)
        {
            RateLimitHeaders.Write(response.Headers, status);
            response.Headers.RetryAfter = RateLimitHeaders.Seconds(status.ResetAfter);
        }

        if (GrpcErrorWriter.IsGrpcRequest(context.Request))
        {
            GrpcErrorWriter.WriteStatus(response, GrpcErrorWriter.ResourceExhausted, Error.Message);
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status429TooManyRequests;
        return ErrorWriter.WriteBodyAsync(response, Error, context.RequestAborted);
    }
}

using Microsoft.AspNetCore.Http.Features;
using Social.Gateway.Errors;
using Social.Gateway.Routing;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Requests;

/// <summary>
/// Request bodies over the public limit answer 413: a declared length is refused before anything is forwarded; a
/// chunked body is counted as it streams (the aborted transfer is answered by <see cref="ForwarderErrorMiddleware"/>).
/// gRPC routes are exempt: a stream carries many messages and the services cap each one.
/// </summary>
internal sealed class PayloadLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (GatewayRoute.Of(context)?.Kind == RouteKind.Grpc)
        {
            return next(context);
        }

        if (request.ContentLength > GrpcApiExtensions.MaxRequestBytes)
        {
            return ErrorWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, BodyTooLarge.Error);
        }

        // A body of unknown length is counted as it streams; a request that can have none (most reads) needs no counter.
        if (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false)
        {
            var counted = new BodyLimitStream(request.Body, GrpcApiExtensions.MaxRequestBytes);
            context.Features.Set(counted);
            request.Body = counted;
        }

        return next(context);
    }
}

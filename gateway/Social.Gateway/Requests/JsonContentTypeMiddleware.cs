using Microsoft.AspNetCore.Http.Features;
using Social.Gateway.Errors;
using Social.Gateway.Routing;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Requests;

/// <summary>The public JSON API takes JSON bodies only: anything else is refused here, with a clear 415.</summary>
internal sealed class JsonContentTypeMiddleware(RequestDelegate next)
{
    private static readonly ErrorResponse Unsupported =
        new(ErrorCodes.UnsupportedMediaType, "Request bodies must be JSON (Content-Type: application/json).");

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (GatewayRoute.Of(context)?.Kind == RouteKind.Json && SendsBody(context) && !request.HasJsonContentType())
        {
            return ErrorWriter.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, Unsupported);
        }

        return next(context);
    }

    private static bool SendsBody(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsPut(request.Method) && !HttpMethods.IsPatch(request.Method))
        {
            return false;
        }

        return request.ContentLength is { } length
            ? length > 0
            : context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? request.Headers.TransferEncoding.Count > 0;
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Errors;

internal static class ErrorHandlingExtensions
{
    private static readonly ErrorResponse RouteNotFound = new(ErrorCodes.RouteNotFound, "No API route matches this path.");

    private static readonly ErrorResponse Internal = new(ErrorCodes.Internal, "The gateway failed to handle the request.");

    /// <summary>
    /// An exception that escapes the gateway answers 500 <c>internal</c> with no detail (the middleware logs it);
    /// a request the server refused to read (a body over the limit) keeps its own status.
    /// </summary>
    public static WebApplication UseGatewayExceptionHandler(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                return BodyTooLarge.IsCause(exception)
                    ? ErrorWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, BodyTooLarge.Error)
                    : exception is BadHttpRequestException badRequest
                        ? ErrorWriter.WriteAsync(context, badRequest.StatusCode, HttpStatusErrors.For(badRequest.StatusCode))
                        : ErrorWriter.WriteAsync(context, StatusCodes.Status500InternalServerError, Internal);
            },
        });
        return app;
    }

    /// <summary>Whatever no route claims gets the public 404 body (or UNIMPLEMENTED for a gRPC caller).</summary>
    public static WebApplication MapRouteNotFound(this WebApplication app)
    {
        app.MapFallback("{**path}", context => ErrorWriter.WriteAsync(context, StatusCodes.Status404NotFound, RouteNotFound));
        return app;
    }
}

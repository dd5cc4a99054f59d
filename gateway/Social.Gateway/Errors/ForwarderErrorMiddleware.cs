using Social.Gateway.Requests;
using Social.ServiceDefaults.Grpc;
using Yarp.ReverseProxy.Forwarder;

namespace Social.Gateway.Errors;

/// <summary>
/// Turns the forwarder's failures (YARP leaves them as a bare status) into the public error body: a service that is
/// down, unreachable or too slow answers <c>service_unavailable</c>; a streamed body over the limit answers 413.
/// </summary>
internal sealed class ForwarderErrorMiddleware(RequestDelegate next, ILogger<ForwarderErrorMiddleware> logger)
{
    private static readonly ErrorResponse Unavailable =
        new(ErrorCodes.ServiceUnavailable, "The service behind this route is unavailable; try again later.");

    private static readonly ErrorResponse UnreadableBody =
        new(GatewayErrorCodes.BadRequest, "The request body could not be read.");

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var failure = context.GetForwarderErrorFeature();
        if (failure is null || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        GatewayLog.ForwardingFailed(logger, context.GetRouteModel().Config.RouteId, failure.Error, failure.Exception);
        // The forwarder may blame either side for a transfer cut at the limit: the count decides.
        var (statusCode, error) = context.Features.Get<BodyLimitStream>()?.Exceeded == true || BodyTooLarge.IsCause(failure.Exception)
            ? (StatusCodes.Status413PayloadTooLarge, BodyTooLarge.Error)
            : Describe(failure.Error);
        await ErrorWriter.WriteAsync(context, statusCode, error);
    }

    private static (int StatusCode, ErrorResponse Error) Describe(ForwarderError error) => error switch
    {
        ForwarderError.RequestBodyClient => (StatusCodes.Status400BadRequest, UnreadableBody),
        // Nothing to call, or a service that went quiet past the ActivityTimeout: retry later. The public API
        // promises 502/503 for an unavailable service, so a timeout is not a 504 here.
        ForwarderError.NoAvailableDestinations or ForwarderError.RequestTimedOut => (StatusCodes.Status503ServiceUnavailable, Unavailable),
        // Refused or broken connections, and anything else that failed on the service's side.
        _ => (StatusCodes.Status502BadGateway, Unavailable),
    };
}

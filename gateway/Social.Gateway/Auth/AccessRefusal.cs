using Social.Gateway.Errors;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Auth;

/// <summary>
/// A request the gateway refuses for its token gets the public error body (JSON) or UNAUTHENTICATED (gRPC), with the
/// bearer <c>WWW-Authenticate</c> challenge, and never reaches a service.
/// </summary>
internal static class AccessRefusal
{
    private static readonly ErrorResponse Unauthenticated = new(ErrorCodes.Unauthenticated, "A valid access token is required.");

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                var context = (HttpContext)state;
                context.Response.Headers.WWWAuthenticate = BearerChallenge.For(context.Request, challenged: true);
                return Task.CompletedTask;
            },
            context);
        return ErrorWriter.WriteAsync(context, StatusCodes.Status401Unauthorized, Unauthenticated);
    }
}

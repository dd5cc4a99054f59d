using Google.Protobuf;
using Google.Protobuf.Reflection;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Code = Google.Rpc.Code;
using ErrorInfo = Google.Rpc.ErrorInfo;

namespace Social.Messaging.Api;

/// <summary>
/// Refusals of <c>GET /api/v1/stream</c>, written as every other call's errors are (a <c>google.rpc.Status</c> body,
/// which the gateway rewrites to the public shape), before the event stream starts.
/// </summary>
internal static class StreamErrors
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(ErrorInfo.Descriptor)));

    public static Task UnauthenticatedAsync(HttpContext context, string message)
    {
        context.Response.Headers.WWWAuthenticate = BearerChallenge.For(context.Request, challenged: true);
        return WriteAsync(context, StatusCodes.Status401Unauthorized, Code.Unauthenticated, ErrorCodes.Unauthenticated, message);
    }

    public static Task InvalidAsync(HttpContext context, string message) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, Code.InvalidArgument, ErrorCodes.InvalidArgument, message);

    private static Task WriteAsync(HttpContext context, int status, Code code, string errorCode, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(Formatter.Format(RpcErrors.Status(code, errorCode, message)), context.RequestAborted);
    }
}

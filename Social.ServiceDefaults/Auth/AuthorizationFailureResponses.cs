using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Social.ServiceDefaults.Grpc;
using Code = Google.Rpc.Code;
using ErrorInfo = Google.Rpc.ErrorInfo;

namespace Social.ServiceDefaults.Auth;

/// <summary>
/// Refusals by the authorization middleware carry the same error body as every other failure (a <c>google.rpc.Status</c>,
/// which the gateway rewrites to the public shape), not an empty 401/403. gRPC callers get the HTTP status, which their
/// client maps to UNAUTHENTICATED / PERMISSION_DENIED.
/// </summary>
internal sealed class AuthorizationFailureResponses : IAuthorizationMiddlewareResultHandler
{
    private static readonly JsonFormatter Formatter =
        new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(ErrorInfo.Descriptor)));

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        // Written here rather than by the scheme's challenge, which would start the response without this body.
        var challenged = authorizeResult.Challenged;
        context.Response.StatusCode = challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        context.Response.Headers.WWWAuthenticate = BearerChallenge.For(context.Request, challenged);
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            return;
        }

        var status = challenged
            ? RpcErrors.Status(Code.Unauthenticated, ErrorCodes.Unauthenticated, "A valid access token is required.")
            : RpcErrors.Status(Code.PermissionDenied, ErrorCodes.PermissionDenied, "The access token does not allow this call.");
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Formatter.Format(status), context.RequestAborted);
    }
}

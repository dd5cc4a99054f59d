using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Social.Gateway.Errors;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Auth;

/// <summary>
/// A request the gateway refuses for its token gets the public error body (JSON) or UNAUTHENTICATED /
/// PERMISSION_DENIED (gRPC), with the bearer <c>WWW-Authenticate</c> challenge, and never reaches a service.
/// </summary>
internal sealed class GatewayAuthorizationFailures : IAuthorizationMiddlewareResultHandler
{
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        authorizeResult.Succeeded ? next(context) : RefuseAsync(context, authorizeResult);

    private static async Task RefuseAsync(HttpContext context, PolicyAuthorizationResult authorizeResult)
    {
        var challenged = authorizeResult.Challenged;
        var (status, error) = challenged
            ? (StatusCodes.Status401Unauthorized, new ErrorResponse(ErrorCodes.Unauthenticated, "A valid access token is required."))
            : (StatusCodes.Status403Forbidden, new ErrorResponse(ErrorCodes.PermissionDenied, "The access token does not allow this call."));
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.WWWAuthenticate = BearerChallenge.For(context.Request, challenged);
            return Task.CompletedTask;
        });
        await ErrorWriter.WriteAsync(context, status, error);
    }
}

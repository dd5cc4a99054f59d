using OpenIddict.Abstractions;
using System.Security.Claims;
using Grpc.Core;
using Social.ServiceDefaults.Grpc;

namespace Social.ServiceDefaults.Auth;

public static class CallerIdentity
{
    /// <summary>The OAuth subject claim: the user id the access token was issued to.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>The calling user's id, or null when the token names no user (an internal caller's token).</summary>
    public static Guid? TryGetUserId(this ServerCallContext context) =>
        Guid.TryParse(context.GetHttpContext().User.FindFirstValue(SubjectClaim), out var userId) ? userId : null;

    /// <summary>
    /// The calling user's id, from the validated access token's subject, and only from there ("me" is never an id
    /// taken from a path or body). Call it only behind <c>[Authorize]</c>.
    /// </summary>
    public static Guid RequireUserId(this ServerCallContext context) =>
        context.TryGetUserId()
            ?? throw RpcErrors.Create(Google.Rpc.Code.Unauthenticated, ErrorCodes.Unauthenticated, "A valid access token is required.");

    /// <summary>Whether the caller is an internal caller (a client-credentials token with the internal scope).</summary>
    public static bool IsInternalCaller(this ServerCallContext context) =>
        context.GetHttpContext().User.HasScope(SocialAuth.InternalScope);
}

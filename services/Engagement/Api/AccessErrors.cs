using Social.Engagement.Domain.Access;
using Social.ServiceDefaults.Grpc;

namespace Social.Engagement.Api;

/// <summary>What a refused read or write tells the caller: not found, or a private account's PERMISSION_DENIED.</summary>
internal static class AccessErrors
{
    public static void ThrowIfRefused(AccessDecision access, string notFound = "No such content.")
    {
        switch (access)
        {
            case AccessDecision.Visible:
                return;
            case AccessDecision.PrivateAccount:
                throw RpcErrors.Create(
                    Google.Rpc.Code.PermissionDenied, ErrorCodes.PrivateAccount, "This account is private; only its approved followers see its content.");
            default:
                RpcErrors.ThrowNotFound(notFound);
                break;
        }
    }
}

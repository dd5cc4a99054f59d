using Social.ServiceDefaults.Grpc;
using Social.Story.Domain.Access;

namespace Social.Story.Api;

/// <summary>What a refused read or write tells the caller: not found, or a private account's PERMISSION_DENIED.</summary>
internal static class AccessErrors
{
    public static void ThrowIfRefused(AccessDecision access, string notFound = "No such story.")
    {
        switch (access)
        {
            case AccessDecision.Visible:
                return;
            case AccessDecision.PrivateAccount:
                throw RpcErrors.Create(
                    Google.Rpc.Code.PermissionDenied, ErrorCodes.PrivateAccount, "This account is private; only its approved followers see its stories.");
            default:
                RpcErrors.ThrowNotFound(notFound);
                break;
        }
    }

    public static Grpc.Core.RpcException OwnStory(string what) =>
        RpcErrors.Create(Google.Rpc.Code.PermissionDenied, StoryErrorCodes.OwnStory, $"You cannot {what} your own story.");
}

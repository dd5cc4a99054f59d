using Social.Engagement.Domain.Comments;
using Social.ServiceDefaults.Grpc;

namespace Social.Engagement.Api;

/// <summary>What a refused comment call tells the caller.</summary>
internal static class CommentErrors
{
    public static void ThrowIfRefused(CommentDecision decision, string notFound = "No such comment.")
    {
        switch (decision)
        {
            case CommentDecision.Allowed:
                return;
            case CommentDecision.PrivateAccount:
                throw RpcErrors.Create(
                    Google.Rpc.Code.PermissionDenied, ErrorCodes.PrivateAccount, "This account is private; only its approved followers see its content.");
            case CommentDecision.CommentsDisabled:
                throw RpcErrors.Create(Google.Rpc.Code.PermissionDenied, EngagementErrorCodes.CommentsDisabled, "Comments are turned off here.");
            case CommentDecision.Restricted:
                throw RpcErrors.Create(Google.Rpc.Code.PermissionDenied, EngagementErrorCodes.CommentsRestricted, "The owner limits who may comment here.");
            case CommentDecision.NotYours:
                throw RpcErrors.Create(Google.Rpc.Code.PermissionDenied, ErrorCodes.PermissionDenied, "This is not yours to change.");
            default:
                RpcErrors.ThrowNotFound(notFound);
                break;
        }
    }
}

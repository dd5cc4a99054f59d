using Social.Messaging.Domain.Conversations;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;
using Code = Google.Rpc.Code;

namespace Social.Messaging.Api;

/// <summary>What a refused conversation or message call tells the caller.</summary>
internal static class ConversationErrors
{
    public static void ThrowIfRefused(ConversationDecision decision, string notFound = "No such conversation.")
    {
        switch (decision)
        {
            case ConversationDecision.Allowed:
                return;
            case ConversationDecision.NotAdmin:
                throw RpcErrors.Create(Code.PermissionDenied, ErrorCodes.PermissionDenied, "Only the group's admins manage its members and admins.");
            case ConversationDecision.NotYours:
                throw RpcErrors.Create(Code.PermissionDenied, ErrorCodes.PermissionDenied, "Only its sender changes a message.");
            case ConversationDecision.NotAGroup:
                RpcErrors.ThrowFailedPrecondition(MessagingErrorCodes.NotAGroup, "A direct conversation has no admins and cannot be left; mute it instead.");
                break;
            case ConversationDecision.TooManyMembers:
                RpcErrors.ThrowFailedPrecondition(MessagingErrorCodes.TooManyMembers, $"A group has at most {ConversationRules.MaxMembers} members.");
                break;
            case ConversationDecision.LastAdmin:
                RpcErrors.ThrowFailedPrecondition(MessagingErrorCodes.LastAdmin, "A group keeps an admin: make another member admin first.");
                break;
            case ConversationDecision.NotARequest:
                RpcErrors.ThrowFailedPrecondition(MessagingErrorCodes.NotARequest, "Only a message request can be declined.");
                break;
            default:
                RpcErrors.ThrowNotFound(notFound);
                break;
        }
    }

    public static void ThrowIfInvalid(IReadOnlyList<FieldViolation> violations)
    {
        if (violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(violations);
        }
    }
}

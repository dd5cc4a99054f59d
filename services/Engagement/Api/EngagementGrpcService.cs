using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Reading;
using Social.Engagement.Domain.Tags;
using Social.ServiceDefaults.Grpc;

namespace Social.Engagement.Api;

/// <summary>
/// The Engagement contract: a thin adapter over the domain's use cases. Public RPCs act for the token's subject
/// ("me"); internal ones (other teams, other services) need the internal scope. Content, likes, comments, tags and
/// the internal RPCs are beside.
/// </summary>
[Authorize]
public sealed partial class EngagementGrpcService(
    Publishing publishing,
    Liking liking,
    ContentReads reads,
    Commenting commenting,
    CommentReads commentReads,
    Tagging tagging,
    CounterReconciler reconciler,
    LikesReceivedReconciler likesReceivedReconciler) : EngagementService.EngagementServiceBase
{
    private static Guid ContentId(string value) => RequestIds.ParseId(value, "contentId", "A content id");

    private static ContentDraft Draft(
        string mediaUrl, bool hasCaption, string caption, bool hasAudience, string audience, bool hasComments, bool comments, IReadOnlyList<Guid>? tags = null) =>
        new(mediaUrl, hasCaption ? caption : null, hasAudience ? audience : null, hasComments ? comments : null, tags);

    /// <summary>Turns a create or register call's refusal into its error; returns the item otherwise.</summary>
    private static ContentItem Published(PublishResult result)
    {
        if (result.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(result.Violations);
        }

        switch (result.Conflict)
        {
            case PublishConflict.IdempotencyKeyReused:
                RpcErrors.ThrowFailedPrecondition(ErrorCodes.IdempotencyKeyReused, "This idempotency key was used for a different request.");
                break;
            case PublishConflict.IdTaken:
                RpcErrors.ThrowAlreadyExists(EngagementErrorCodes.ContentIdTaken, "This content id belongs to another owner's item.");
                break;
            case PublishConflict.OwnerUnknown:
                RpcErrors.ThrowNotFound("No such user.");
                break;
            case PublishConflict.FirstResultGone:
                RpcErrors.ThrowNotFound("The content this idempotency key created has been deleted.");
                break;
        }

        return result.Item!;
    }
}

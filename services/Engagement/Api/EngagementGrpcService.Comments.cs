using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Comments;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;
using CommentEditPage = Social.Contracts.Engagement.V1.CommentEditPage;
using CommentPage = Social.Contracts.Engagement.V1.CommentPage;

namespace Social.Engagement.Api;

/// <summary>Comments: post, read, reply, edit, delete, like, pin.</summary>
public sealed partial class EngagementGrpcService
{
    [JsonStatus(StatusCodes.Status201Created, "Created.")]
    [JsonStatus(StatusCodes.Status200OK, "A retry with the same Idempotency-Key: the comment it created.")]
    public override async Task<CommentView> CreateComment(CreateCommentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var contentId = ContentId(request.ContentId);
        Guid? replyTo = request.HasReplyTo ? CommentId(request.ReplyTo, "replyTo") : null;
        var result = await commenting.PostAsync(me, contentId, request.Text, replyTo, context.RequestHeaders.GetValue(IdempotencyKeys.Header), context.CancellationToken);
        var comment = Commented(result, replyTo is null ? "No such content." : "No such content or comment.");
        if (result.Created)
        {
            context.SetJsonStatusCode(StatusCodes.Status201Created);
        }

        return CommentViews.Comment(await commentReads.ViewAsync(me, comment, pinned: false, context.CancellationToken));
    }

    public override async Task<CommentPage> ListComments(ListCommentsRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var contentId = ContentId(request.ContentId);
        var limit = Paging.Limit(request.Limit);
        var after = EngagementViews.IdAfter(request.Cursor);
        var (decision, page) = await commentReads.ListAsync(me, contentId, after, limit, context.CancellationToken);
        CommentErrors.ThrowIfRefused(decision, "No such content.");
        return CommentViews.Page(page!);
    }

    public override async Task<CommentPage> ListReplies(ListRepliesRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var commentId = CommentId(request.CommentId);
        var limit = Paging.Limit(request.Limit);
        var after = EngagementViews.IdAfter(request.Cursor);
        var (decision, page) = await commentReads.RepliesAsync(me, commentId, after, limit, context.CancellationToken);
        CommentErrors.ThrowIfRefused(decision);
        return CommentViews.Page(page!);
    }

    public override async Task<CommentView> EditComment(EditCommentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var commentId = CommentId(request.CommentId);
        var comment = Commented(await commenting.EditAsync(me, commentId, request.Text, context.CancellationToken), "No such comment.");
        var pinned = (await reads.GetAsync(me, comment.ContentId, context.CancellationToken)).Value?.Item.Record.PinnedCommentId == comment.CommentId;
        return CommentViews.Comment(await commentReads.ViewAsync(me, comment, pinned, context.CancellationToken));
    }

    public override async Task<Empty> DeleteComment(CommentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        CommentErrors.ThrowIfRefused(await commenting.DeleteAsync(me, CommentId(request.CommentId), context.CancellationToken));
        return Done;
    }

    public override async Task<CommentEditPage> ListCommentEdits(ListCommentEditsRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var commentId = CommentId(request.CommentId);
        var limit = Paging.Limit(request.Limit);
        var after = EngagementViews.IdAfter(request.Cursor);
        var (decision, page) = await commentReads.EditsAsync(me, commentId, after, limit, context.CancellationToken);
        CommentErrors.ThrowIfRefused(decision);
        return CommentViews.Edits(page!);
    }

    public override async Task<LikeState> LikeComment(CommentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var (decision, outcome) = await commenting.LikeAsync(me, CommentId(request.CommentId), context.CancellationToken);
        CommentErrors.ThrowIfRefused(decision);
        return new LikeState { Liked = outcome.Liked, LikesCount = Math.Max(0, outcome.LikesCount) };
    }

    public override async Task<LikeState> UnlikeComment(CommentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var (decision, outcome) = await commenting.UnlikeAsync(me, CommentId(request.CommentId), context.CancellationToken);
        CommentErrors.ThrowIfRefused(decision);
        return new LikeState { Liked = outcome.Liked, LikesCount = Math.Max(0, outcome.LikesCount) };
    }

    public override async Task<Empty> PinComment(PinCommentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        CommentErrors.ThrowIfRefused(await commenting.PinAsync(me, ContentId(request.ContentId), CommentId(request.CommentId), pin: true, context.CancellationToken));
        return Done;
    }

    public override async Task<Empty> UnpinComment(PinCommentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        CommentErrors.ThrowIfRefused(await commenting.PinAsync(me, ContentId(request.ContentId), CommentId(request.CommentId), pin: false, context.CancellationToken));
        return Done;
    }

    private static Guid CommentId(string value, string field = "commentId") => RequestIds.ParseId(value, field, "A comment id");

    /// <summary>Turns a post or edit call's refusal into its error; returns the comment otherwise.</summary>
    private static CommentRecord Commented(CommentResult result, string notFound)
    {
        if (result.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(result.Violations);
        }

        if (result.KeyReused)
        {
            RpcErrors.ThrowFailedPrecondition(ErrorCodes.IdempotencyKeyReused, "This idempotency key was used for a different request.");
        }

        CommentErrors.ThrowIfRefused(result.Decision, notFound);
        return result.Comment!;
    }
}

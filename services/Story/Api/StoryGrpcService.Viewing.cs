using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Social.Contracts.Messaging.V1;
using Social.Contracts.Story.V1;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Views;

namespace Social.Story.Api;

/// <summary>The tray, seen marks, the viewer list, private likes and replies.</summary>
public sealed partial class StoryGrpcService
{
    public override async Task<Contracts.Story.V1.TrayPage> GetTray(TrayRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var limit = Paging.Limit(request.Limit);
        return StoryViews.Tray(await tray.ReadAsync(me, StoryViews.TrayAfter(request.Cursor), limit, context.CancellationToken));
    }

    public override async Task<Empty> MarkSeen(StoryRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        AccessErrors.ThrowIfRefused(await viewing.MarkSeenAsync(me, StoryId(request.StoryId), context.CancellationToken));
        return Done;
    }

    public override async Task<ViewerPage> ListViewers(ListViewersRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var storyId = StoryId(request.StoryId);
        var limit = Paging.Limit(request.Limit);
        var outcome = await viewing.ViewersAsync(me, storyId, Paging.IdAfter(request.Cursor), limit, context.CancellationToken);
        AccessErrors.ThrowIfRefused(outcome.Access);
        if (outcome.NotOwner)
        {
            throw RpcErrors.Create(Google.Rpc.Code.PermissionDenied, ErrorCodes.PermissionDenied, "Only the owner sees who viewed a story.");
        }

        return StoryViews.Viewers(outcome.Page!, outcome.Profiles!);
    }

    public override async Task<StoryLikeState> Like(StoryRequest request, ServerCallContext context) =>
        LikeState(await viewing.LikeAsync(context.RequireUserId(), StoryId(request.StoryId), context.CancellationToken));

    public override async Task<StoryLikeState> Unlike(StoryRequest request, ServerCallContext context) =>
        LikeState(await viewing.UnlikeAsync(context.RequireUserId(), StoryId(request.StoryId), context.CancellationToken));

    [JsonStatus(StatusCodes.Status201Created, "Sent.")]
    [JsonStatus(StatusCodes.Status200OK, "A retry with the same clientMessageId: the message it sent.")]
    public override async Task<MessageView> Reply(ReplyRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var storyId = StoryId(request.StoryId);
        var outcome = await replying.ReplyAsync(me, storyId, new ReplyDraft(request.Text, request.ClientMessageId), context.CancellationToken);
        if (outcome.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(outcome.Violations);
        }

        AccessErrors.ThrowIfRefused(outcome.Access);
        if (outcome.OwnStory)
        {
            throw AccessErrors.OwnStory("reply to");
        }

        if (outcome.Created)
        {
            context.SetJsonStatusCode(StatusCodes.Status201Created);
        }

        return MessageViews.ToView(outcome.Message!);
    }

    private static StoryLikeState LikeState(LikeOutcome outcome)
    {
        AccessErrors.ThrowIfRefused(outcome.Access);
        if (outcome.OwnStory)
        {
            throw AccessErrors.OwnStory("like");
        }

        return new StoryLikeState { Liked = outcome.Liked };
    }
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Social.Contracts.Story.V1;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;
using Social.Story.Domain.Stories;

using StoryPage = Social.Contracts.Story.V1.StoryPage;

namespace Social.Story.Api;

/// <summary>Stories: post, read, delete, a user's live stories, the archive.</summary>
public sealed partial class StoryGrpcService
{
    private static readonly Empty Done = new();

    [JsonStatus(StatusCodes.Status201Created, "Posted.")]
    [JsonStatus(StatusCodes.Status200OK, "A retry with the same Idempotency-Key: the story it posted.")]
    public override async Task<StoryView> CreateStory(CreateStoryRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var hideFrom = Ids(request.HideFrom, "hideFrom", "A user id");
        var draft = new StoryDraft(request.MediaUrl, request.HasCaption ? request.Caption : null, request.HasAudience ? request.Audience : null, hideFrom);
        var result = await posting.PostAsync(me, draft, context.RequestHeaders.GetValue(IdempotencyKeys.Header), context.CancellationToken);
        var story = Created(result, "The story this idempotency key posted has been deleted.");
        if (result.Created)
        {
            context.SetJsonStatusCode(StatusCodes.Status201Created);
        }

        return StoryViews.Story(story, me);
    }

    public override async Task<StoryView> GetStory(StoryRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var seen = await reads.GetAsync(me, StoryId(request.StoryId), context.CancellationToken);
        AccessErrors.ThrowIfRefused(seen.Access);
        return StoryViews.Story(seen.Value!.Story, me, seen.Value.Seen);
    }

    public override async Task<Empty> DeleteStory(StoryRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        switch (await posting.DeleteAsync(me, StoryId(request.StoryId), context.CancellationToken))
        {
            case DeleteOutcome.NotOwner:
                throw RpcErrors.Create(Google.Rpc.Code.PermissionDenied, ErrorCodes.PermissionDenied, "Only the owner deletes a story.");
            case DeleteOutcome.NotFound:
                RpcErrors.ThrowNotFound("No such story.");
                break;
        }

        return Done;
    }

    public override async Task<StoryPage> ListUserStories(ListUserStoriesRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var owner = RequestIds.ParseUserId(request.UserId, "userId");
        var limit = Paging.Limit(request.Limit);
        var seen = await reads.UserStoriesAsync(me, owner, Paging.IdAfter(request.Cursor), limit, context.CancellationToken);
        AccessErrors.ThrowIfRefused(seen.Access, "No such user.");
        return StoryViews.Page(seen.Value!, me);
    }

    public override async Task<StoryPage> ListArchive(PageRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var limit = Paging.Limit(request.Limit);
        return StoryViews.Page(await reads.ArchiveAsync(me, Paging.IdAfter(request.Cursor), limit, context.CancellationToken), me);
    }
}

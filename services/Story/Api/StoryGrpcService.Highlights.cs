using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Social.Contracts.Story.V1;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;
using Social.Story.Domain.Highlights;

using HighlightPage = Social.Contracts.Story.V1.HighlightPage;

namespace Social.Story.Api;

/// <summary>Highlights: create, list (mine, a user's), edit, delete.</summary>
public sealed partial class StoryGrpcService
{
    private static Guid HighlightId(string value) => RequestIds.ParseId(value, "highlightId", "A highlight id");

    [JsonStatus(StatusCodes.Status201Created, "Created.")]
    [JsonStatus(StatusCodes.Status200OK, "A retry with the same Idempotency-Key: the highlight it created.")]
    public override async Task<HighlightView> CreateHighlight(CreateHighlightRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var stories = Ids(request.StoryIds, "storyIds", "A story id");
        var result = await highlighting.CreateAsync(
            me, new HighlightDraft(request.Title, stories), context.RequestHeaders.GetValue(IdempotencyKeys.Header), context.CancellationToken);
        var highlight = Created(result, "The highlight this idempotency key created has been deleted.");
        if (result.Created)
        {
            context.SetJsonStatusCode(StatusCodes.Status201Created);
        }

        return StoryViews.Highlight(highlight, me);
    }

    public override Task<HighlightPage> ListMyHighlights(PageRequest request, ServerCallContext context) =>
        ListHighlightsAsync(context.RequireUserId(), context.RequireUserId(), request.Limit, request.Cursor, context);

    public override Task<HighlightPage> ListUserHighlights(ListUserHighlightsRequest request, ServerCallContext context) =>
        ListHighlightsAsync(context.RequireUserId(), RequestIds.ParseUserId(request.UserId, "userId"), request.Limit, request.Cursor, context);

    public override async Task<HighlightView> EditHighlight(EditHighlightRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = HighlightId(request.HighlightId);
        var add = Ids(request.AddStoryIds, "addStoryIds", "A story id");
        var remove = Ids(request.RemoveStoryIds, "removeStoryIds", "A story id");
        var outcome = await highlighting.EditAsync(
            me, id, new HighlightEdit(request.HasTitle ? request.Title : null, add, remove), context.CancellationToken);
        if (outcome.Violations.Count > 0)
        {
            RpcErrors.ThrowInvalidArgument(outcome.Violations);
        }

        if (outcome.Highlight is null)
        {
            RpcErrors.ThrowNotFound("No such highlight.");
        }

        return StoryViews.Highlight(outcome.Highlight!, me);
    }

    public override async Task<Empty> DeleteHighlight(HighlightRequest request, ServerCallContext context)
    {
        if (!await highlighting.DeleteAsync(context.RequireUserId(), HighlightId(request.HighlightId), context.CancellationToken))
        {
            RpcErrors.ThrowNotFound("No such highlight.");
        }

        return Done;
    }

    private async Task<HighlightPage> ListHighlightsAsync(Guid me, Guid owner, int requestedLimit, string cursor, ServerCallContext context)
    {
        var limit = Paging.Limit(requestedLimit);
        var seen = await highlighting.ListAsync(me, owner, Paging.IdAfter(cursor), limit, context.CancellationToken);
        AccessErrors.ThrowIfRefused(seen.Access, "No such user.");
        return StoryViews.Highlights(seen.Value!, me);
    }
}

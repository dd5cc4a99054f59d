using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Content;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

using ContentPage = Social.Contracts.Engagement.V1.ContentPage;

namespace Social.Engagement.Api;

/// <summary>Content items: create, read, delete, a user's list.</summary>
public sealed partial class EngagementGrpcService
{
    private static readonly Empty Done = new();

    [JsonStatus(StatusCodes.Status201Created, "Created.")]
    [JsonStatus(StatusCodes.Status200OK, "A retry with the same Idempotency-Key: the item it created.")]
    public override async Task<ContentView> CreateContent(CreateContentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var tags = request.Tags.Select(id => RequestIds.ParseId(id, "tags", "A user id")).ToList();
        var draft = Draft(request.MediaUrl, request.HasCaption, request.Caption, request.HasAudience, request.Audience, request.HasCommentsEnabled, request.CommentsEnabled, tags);
        var result = await publishing.CreateAsync(me, draft, context.RequestHeaders.GetValue(IdempotencyKeys.Header), context.CancellationToken);
        var item = Published(result);
        if (result.Created)
        {
            context.SetJsonStatusCode(StatusCodes.Status201Created);
        }

        return EngagementViews.Content(await reads.OwnerViewAsync(item, context.CancellationToken));
    }

    public override async Task<ContentView> GetContent(ContentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var seen = await reads.GetAsync(me, ContentId(request.ContentId), context.CancellationToken);
        AccessErrors.ThrowIfRefused(seen.Access);
        return EngagementViews.Content(seen.Value!);
    }

    public override async Task<Empty> DeleteContent(ContentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        switch (await publishing.DeleteAsync(me, ContentId(request.ContentId), context.CancellationToken))
        {
            case DeleteOutcome.NotOwner:
                throw RpcErrors.Create(Google.Rpc.Code.PermissionDenied, ErrorCodes.PermissionDenied, "Only the owner deletes content.");
            case DeleteOutcome.NotFound:
                RpcErrors.ThrowNotFound("No such content.");
                break;
        }

        return Done;
    }

    public override async Task<ContentPage> ListUserContent(ListUserContentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var owner = RequestIds.ParseUserId(request.UserId, "userId");
        var limit = Paging.Limit(request.Limit);
        var after = EngagementViews.ContentAfter(request.Cursor);
        var seen = await reads.ListAsync(me, owner, after, limit, context.CancellationToken);
        AccessErrors.ThrowIfRefused(seen.Access, "No such user.");
        return EngagementViews.Page(seen.Value!);
    }
}

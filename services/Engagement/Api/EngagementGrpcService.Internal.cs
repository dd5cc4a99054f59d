using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Engagement.V1;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Engagement.Api;

/// <summary>Internal RPCs, for other teams and services with a client-credentials token (the internal scope): their methods have no public path in the contract, so the API setup admits internal callers only (InternalUnlessPublished).</summary>
public sealed partial class EngagementGrpcService
{
    public override async Task<ContentView> RegisterContent(RegisterContentRequest request, ServerCallContext context)
    {
        Guid? contentId = string.IsNullOrEmpty(request.ContentId) ? null : ContentId(request.ContentId);
        var owner = RequestIds.ParseUserId(request.OwnerId, "ownerId");
        var draft = Draft(request.MediaUrl, request.HasCaption, request.Caption, request.HasAudience, request.Audience, request.HasCommentsEnabled, request.CommentsEnabled);
        var item = Published(await publishing.RegisterAsync(contentId, owner, draft, context.CancellationToken));
        return EngagementViews.Content(await reads.OwnerViewAsync(item, context.CancellationToken));
    }

    public override async Task<Empty> RemoveContent(RemoveContentRequest request, ServerCallContext context)
    {
        await publishing.RemoveAsync(ContentId(request.ContentId), context.CancellationToken);
        return Done;
    }

    public override async Task<EngagementList> GetEngagement(GetEngagementRequest request, ServerCallContext context)
    {
        var viewer = RequestIds.ParseUserId(request.ViewerId, "viewerId");
        var ids = RequestIds.ParseIds(request.ContentIds, "contentIds", "A content id");
        var response = new EngagementList();
        response.Items.AddRange((await reads.EngagementAsync(viewer, ids, context.CancellationToken)).Select(v => new Contracts.Engagement.V1.Engagement
        {
            ContentId = v.Item.Record.ContentId.ToString(),
            LikesCount = Math.Max(0, v.Item.LikesCount),
            ViewerHasLiked = v.ViewerHasLiked,
            CommentsCount = Math.Max(0, v.Item.CommentsCount),
        }));
        return response;
    }

    // Rewrites stored counts for everyone: operators only (internal callers without the repair scope are refused).
    [Authorize(Policy = SocialAuth.RepairPolicy)]
    public override async Task<ReconcileCountersResponse> ReconcileCounters(ReconcileCountersRequest request, ServerCallContext context)
    {
        var result = await reconciler.ReconcileAsync(request.Repair, context.CancellationToken);
        var received = await likesReceivedReconciler.ReconcileAsync(request.Repair, request.AnnounceLikesReceived, context.CancellationToken);
        var response = new ReconcileCountersResponse
        {
            ItemsChecked = result.ItemsChecked,
            Drifted = result.Drift.Count,
            Repaired = result.Repaired || received.Repaired,
            LikesReceivedShardsChecked = received.ShardsChecked,
            LikesReceivedDrifted = received.Drift.Count,
            LikesReceivedAnnounced = received.Announced,
        };
        response.Drift.AddRange(result.Drift.Take(100).Select(d => new CounterDrift
        {
            ContentId = d.ContentId.ToString(),
            StoredLikes = d.StoredLikes,
            ActualLikes = d.ActualLikes,
            StoredComments = d.StoredComments,
            ActualComments = d.ActualComments,
        }));
        response.LikesReceivedDrift.AddRange(received.Drift.Take(100).Select(d => new LikesReceivedDrift
        {
            UserId = d.OwnerId.ToString(),
            Shard = d.Shard,
            StoredLikes = d.StoredLikes,
            ActualLikes = d.ActualLikes,
        }));
        return response;
    }
}

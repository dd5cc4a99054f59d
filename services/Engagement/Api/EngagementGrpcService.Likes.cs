using Grpc.Core;
using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Likes;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Engagement.Api;

/// <summary>Likes: like, unlike, who liked.</summary>
public sealed partial class EngagementGrpcService
{
    public override async Task<LikeState> Like(ContentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        return State(await liking.LikeAsync(me, ContentId(request.ContentId), context.CancellationToken));
    }

    public override async Task<LikeState> Unlike(ContentRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        return State(await liking.UnlikeAsync(me, ContentId(request.ContentId), context.CancellationToken));
    }

    public override async Task<Contracts.Engagement.V1.LikerPage> ListLikers(ListLikersRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var contentId = ContentId(request.ContentId);
        var limit = Paging.Limit(request.Limit);
        var after = EngagementViews.IdAfter(request.Cursor);
        var seen = await reads.LikersAsync(me, contentId, after, limit, context.CancellationToken);
        AccessErrors.ThrowIfRefused(seen.Access);
        return EngagementViews.Likers(seen.Value!);
    }

    private static LikeState State(LikeOutcome outcome)
    {
        AccessErrors.ThrowIfRefused(outcome.Access);
        return new LikeState { Liked = outcome.Liked, LikesCount = Math.Max(0, outcome.LikesCount) };
    }
}

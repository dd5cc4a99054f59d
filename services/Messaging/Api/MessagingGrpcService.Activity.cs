using Grpc.Core;
using Social.Contracts.Messaging.V1;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Messaging.Api;

/// <summary>The activity inbox and the badges.</summary>
public sealed partial class MessagingGrpcService
{
    public override async Task<ActivityPage> ListActivity(ListActivityRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var limit = Paging.Limit(request.Limit);
        var page = await activity.ListAsync(me, MessagingCursors.IdAfter(request.Cursor), limit, context.CancellationToken);
        return ActivityViews.Page(page);
    }

    public override async Task<Badges> MarkActivitySeen(MarkActivitySeenRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var upTo = OptionalId(request.HasUpTo, request.UpTo, "upTo", "An activity id");
        var badges = await activitySeen.MarkSeenAsync(me, upTo, context.CancellationToken)
            ?? throw RpcErrors.Create(Google.Rpc.Code.NotFound, ErrorCodes.NotFound, "No such activity.");
        return ActivityViews.Badges(badges);
    }

    public override async Task<Badges> GetBadges(GetBadgesRequest request, ServerCallContext context) =>
        ActivityViews.Badges(await activity.BadgesAsync(context.RequireUserId(), context.CancellationToken));
}

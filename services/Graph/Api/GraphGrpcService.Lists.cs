using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.Graph.Domain.Edges;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Graph.Api;

/// <summary>Lists (newest first, cursor-paginated) and the caller's relationships.</summary>
public sealed partial class GraphGrpcService
{
    public override Task<UserPage> ListFollowers(ListUsersRequest request, ServerCallContext context) =>
        ListOfUserAsync(EdgeList.Followers, request, context);

    public override Task<UserPage> ListFollowing(ListUsersRequest request, ServerCallContext context) =>
        ListOfUserAsync(EdgeList.Following, request, context);

    public override Task<UserPage> ListFollowRequests(PageRequest request, ServerCallContext context) =>
        MyListAsync(EdgeList.FollowRequests, request, context);

    public override Task<UserPage> ListBlocks(PageRequest request, ServerCallContext context) =>
        MyListAsync(EdgeList.Blocks, request, context);

    public override Task<UserPage> ListMutes(PageRequest request, ServerCallContext context) =>
        MyListAsync(EdgeList.Mutes, request, context);

    public override Task<UserPage> ListCloseFriends(PageRequest request, ServerCallContext context) =>
        MyListAsync(EdgeList.CloseFriends, request, context);

    public override async Task<MyRelationshipList> GetMyRelationships(GetMyRelationshipsRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var ids = RequestIds.ParseUserIds(request.Ids);
        return GraphViews.MyRelationships(await store.GetRelationshipsAsync(me, ids, context.CancellationToken));
    }

    /// <summary>
    /// Someone's followers or following. Blocked either way, the owner does not exist for the caller (404), and neither
    /// do the users in the list blocked either way with the caller; a private account's lists are for its approved
    /// followers and itself (403).
    /// </summary>
    private async Task<UserPage> ListOfUserAsync(EdgeList list, ListUsersRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var owner = RequestIds.ParseUserId(request.UserId, "userId");
        var limit = Paging.Limit(request.Limit);
        var after = GraphViews.After(request.Cursor);
        if (owner != me)
        {
            var facts = await WithUsersKnownAsync(
                () => store.GetPolicyFactsAsync(me, owner, context.CancellationToken), found => !found.TargetExists, [owner], context.CancellationToken);
            if (!facts.TargetExists || facts.TargetBlocksActor || facts.ActorBlocksTarget)
            {
                RpcErrors.ThrowNotFound("No such user.");
            }

            if (facts.TargetSettings.IsPrivate && !facts.ActorFollowsTarget)
            {
                throw RpcErrors.Create(
                    Google.Rpc.Code.PermissionDenied, ErrorCodes.PrivateAccount, "This account is private; only its approved followers see its lists.");
            }
        }
        else if (await WithUsersKnownAsync(() => store.FindUserAsync(me, context.CancellationToken), user => user is null, [me], context.CancellationToken) is null)
        {
            RpcErrors.ThrowNotFound("No such user.");
        }

        return GraphViews.Page(await listReads.ReadAsync(list, owner, me, after, limit, context.CancellationToken));
    }

    private async Task<UserPage> MyListAsync(EdgeList list, PageRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var limit = Paging.Limit(request.Limit);
        var after = GraphViews.After(request.Cursor);
        return GraphViews.Page(await listReads.ReadAsync(list, me, me, after, limit, context.CancellationToken));
    }
}

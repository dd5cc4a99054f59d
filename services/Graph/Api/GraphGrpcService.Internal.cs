using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Graph.V1;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Graph.Api;

/// <summary>Internal RPCs, for other services with a client-credentials token (the internal scope): their methods have no public path in the contract, so the API setup admits internal callers only (InternalUnlessPublished).</summary>
public sealed partial class GraphGrpcService
{
    public override async Task<GraphUser> GetUser(GetGraphUserRequest request, ServerCallContext context)
    {
        var userId = RequestIds.ParseUserId(request.UserId, "userId");
        var user = await store.FindUserAsync(userId, context.CancellationToken);
        if (user is null)
        {
            RpcErrors.ThrowNotFound("No such user.");
        }

        var settings = await store.GetSettingsAsync(userId, context.CancellationToken);
        var counts = await store.GetCountsAsync(userId, context.CancellationToken);
        return new GraphUser
        {
            UserId = user.UserId.ToString(),
            Handle = user.Handle,
            IsPrivate = settings.IsPrivate,
            FollowersCount = counts?.Followers ?? 0,
            FollowingCount = counts?.Following ?? 0,
        };
    }

    public override async Task<RelationshipList> GetRelationships(GetRelationshipsRequest request, ServerCallContext context)
    {
        var viewer = RequestIds.ParseUserId(request.ViewerId, "viewerId");
        var ids = RequestIds.ParseUserIds(request.Ids);
        return GraphViews.Relationships(await store.GetRelationshipsAsync(viewer, ids, context.CancellationToken));
    }

    public override Task<UserIdPage> ListFollowingIds(ListFollowingIdsRequest request, ServerCallContext context) =>
        IdPageAsync(EdgeList.Following, request.UserId, request.Limit, request.Cursor, context.CancellationToken);

    public override Task<UserIdPage> ListFollowerIds(ListFollowerIdsRequest request, ServerCallContext context) =>
        IdPageAsync(EdgeList.Followers, request.UserId, request.Limit, request.Cursor, context.CancellationToken);

    private async Task<UserIdPage> IdPageAsync(EdgeList list, string user, int limit, string cursor, CancellationToken cancellationToken)
    {
        const int maxIds = 5000;
        var userId = RequestIds.ParseUserId(user, "userId");
        if (limit is < 0 or > maxIds)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("limit", $"A limit is between 1 and {maxIds}.")]);
        }

        // The list's own index range, as a public page reads it, only longer: its cost is the page's.
        var page = await store.ListAsync(list, userId, null, GraphViews.After(cursor), limit == 0 ? maxIds : limit, cancellationToken);
        var view = new UserIdPage();
        view.Ids.AddRange(page.Items.Select(edge => edge.UserId.ToString()));
        if (page.Next is { } next)
        {
            view.NextCursor = Paging.EncodeCursor(next.ToString());
        }

        return view;
    }

    public override async Task<CheckResponse> Check(CheckRequest request, ServerCallContext context)
    {
        var actor = RequestIds.ParseUserId(request.ActorId, "actorId");
        var target = RequestIds.ParseUserId(request.TargetId, "targetId");
        if (!Enum.TryParse<GraphAction>(request.Action, ignoreCase: true, out var action) || !Enum.IsDefined(action)
            || int.TryParse(request.Action, out _))
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("action", "One of view, follow, message, comment, mention, tag.")]);
        }

        var facts = await store.GetPolicyFactsAsync(actor, target, context.CancellationToken);
        var decision = PolicyRules.Evaluate(action, actor, target, facts);
        return new CheckResponse { Allowed = decision.Allowed, Reason = decision.Reason };
    }

    // Rewrites stored counts for everyone: operators only (internal callers without the repair scope are refused).
    [Authorize(Policy = SocialAuth.RepairPolicy)]
    public override async Task<ReconcileCountersResponse> ReconcileCounters(ReconcileCountersRequest request, ServerCallContext context)
    {
        var result = await reconciler.ReconcileAsync(request.Repair, context.CancellationToken);
        var response = new ReconcileCountersResponse { UsersChecked = result.UsersChecked, Drifted = result.Drift.Count, Repaired = result.Repaired };
        response.Drift.AddRange(result.Drift.Take(100).Select(d => new CounterDrift
        {
            UserId = d.UserId.ToString(),
            StoredFollowers = d.StoredFollowers,
            ActualFollowers = d.ActualFollowers,
            StoredFollowing = d.StoredFollowing,
            ActualFollowing = d.ActualFollowing,
        }));
        return response;
    }
}

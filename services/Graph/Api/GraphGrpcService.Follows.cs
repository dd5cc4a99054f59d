using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.Graph.Domain.Edges;
using Social.ServiceDefaults.Grpc;

namespace Social.Graph.Api;

/// <summary>Follow, unfollow, follow requests, followers.</summary>
public sealed partial class GraphGrpcService
{
    private static readonly Empty Done = new();

    public override async Task<FollowResponse> Follow(UserRequest request, ServerCallContext context)
    {
        var (me, target) = Pair(context, request.UserId, "You cannot follow yourself.");
        var outcome = await WithUsersKnownAsync(
            () => following.FollowAsync(me, target, context.CancellationToken),
            result => result is FollowOutcome.TargetNotFound or FollowOutcome.ActorNotFound,
            [me, target],
            context.CancellationToken);
        switch (outcome)
        {
            case FollowOutcome.Following:
                return new FollowResponse { State = "following" };
            case FollowOutcome.Requested:
                return new FollowResponse { State = "requested" };
            case FollowOutcome.Blocking:
                RpcErrors.ThrowFailedPrecondition(GraphErrorCodes.Blocking, "You block this user; unblock them to follow.");
                break;
            case FollowOutcome.ActorNotFound:
                RpcErrors.ThrowNotFound("Your account is not known yet; try again in a moment.");
                break;
            default:
                // Unknown, deleted, or blocking the caller (TargetNotFound, BlockedByTarget): the same answer.
                RpcErrors.ThrowNotFound("No such user.");
                break;
        }

        return null!;
    }

    public override async Task<Empty> Unfollow(UserRequest request, ServerCallContext context)
    {
        var (me, target) = Pair(context, request.UserId, "You cannot unfollow yourself.");
        await following.UnfollowAsync(me, target, context.CancellationToken);
        return Done;
    }

    public override async Task<Empty> AcceptFollowRequest(UserRequest request, ServerCallContext context)
    {
        var (me, requester) = Pair(context, request.UserId, "There is no request from yourself.");
        if (!await following.AcceptRequestAsync(me, requester, context.CancellationToken)
            && !(await store.GetRelationshipsAsync(me, [requester], context.CancellationToken))[0].FollowedBy)
        {
            // Accepting twice is fine (they follow you); accepting what was never asked is not.
            RpcErrors.ThrowNotFound("No follow request from this user.");
        }

        return Done;
    }

    public override async Task<Empty> DeclineFollowRequest(UserRequest request, ServerCallContext context)
    {
        var (me, requester) = Pair(context, request.UserId, "There is no request from yourself.");
        await following.DeclineRequestAsync(me, requester, context.CancellationToken);
        return Done;
    }

    public override async Task<Empty> RemoveFollower(UserRequest request, ServerCallContext context)
    {
        var (me, follower) = Pair(context, request.UserId, "You cannot remove yourself.");
        await following.RemoveFollowerAsync(me, follower, context.CancellationToken);
        return Done;
    }
}

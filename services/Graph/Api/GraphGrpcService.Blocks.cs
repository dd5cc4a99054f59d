using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.Graph.Domain.Edges;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Graph.Api;

/// <summary>Blocks, mutes and close friends: the caller's own lists.</summary>
public sealed partial class GraphGrpcService
{
    public override async Task<Empty> Block(UserRequest request, ServerCallContext context)
    {
        var (me, target) = Pair(context, request.UserId, "You cannot block yourself.");
        if (!await WithUsersKnownAsync(() => blocking.BlockAsync(me, target, context.CancellationToken), done => !done, [target], context.CancellationToken))
        {
            RpcErrors.ThrowNotFound("No such user.");
        }

        return Done;
    }

    public override async Task<Empty> Unblock(UserRequest request, ServerCallContext context)
    {
        var (me, target) = Pair(context, request.UserId, "You cannot unblock yourself.");
        await blocking.UnblockAsync(me, target, context.CancellationToken);
        return Done;
    }

    public override async Task<Empty> Mute(MuteRequest request, ServerCallContext context)
    {
        var (me, target) = Pair(context, request.UserId, "You cannot mute yourself.");
        DateTimeOffset? expiresAt = request.ExpiresAt is { } expiry ? expiry.ToDateTimeOffset() : null;
        if (expiresAt <= clock.GetUtcNow())
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("expiresAt", "A mute ends in the future; unmute to end it now.")]);
        }

        if (!await WithUsersKnownAsync(() => lists.MuteAsync(me, target, expiresAt, context.CancellationToken), done => !done, [target], context.CancellationToken))
        {
            RpcErrors.ThrowNotFound("No such user.");
        }

        return Done;
    }

    public override async Task<Empty> Unmute(UserRequest request, ServerCallContext context)
    {
        var (me, target) = Pair(context, request.UserId, "You cannot unmute yourself.");
        await lists.UnmuteAsync(me, target, context.CancellationToken);
        return Done;
    }

    public override async Task<Empty> AddCloseFriend(UserRequest request, ServerCallContext context)
    {
        var (me, member) = Pair(context, request.UserId, "You cannot add yourself to your close friends.");
        var outcome = await WithUsersKnownAsync(
            () => lists.AddCloseFriendAsync(me, member, context.CancellationToken),
            result => result == CloseFriendOutcome.MemberNotFound,
            [member],
            context.CancellationToken);
        switch (outcome)
        {
            case CloseFriendOutcome.Added:
                return Done;
            case CloseFriendOutcome.Blocking:
                RpcErrors.ThrowFailedPrecondition(GraphErrorCodes.Blocking, "You block this user; unblock them to add them to your close friends.");
                break;
            case CloseFriendOutcome.Self:
                RpcErrors.ThrowInvalidArgument([new FieldViolation("userId", "You cannot add yourself to your close friends.")]);
                break;
            default:
                // Unknown, deleted, or blocking the caller: the same answer.
                RpcErrors.ThrowNotFound("No such user.");
                break;
        }

        return null!;
    }

    public override async Task<Empty> RemoveCloseFriend(UserRequest request, ServerCallContext context)
    {
        var (me, member) = Pair(context, request.UserId, "You cannot remove yourself from your close friends.");
        await lists.RemoveCloseFriendAsync(me, member, context.CancellationToken);
        return Done;
    }
}

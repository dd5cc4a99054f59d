using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Graph.V1;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Users;
using Social.Graph.Storage;
using Social.KnownUsers;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Graph.Api;

/// <summary>
/// The Graph contract: a thin adapter over the domain's use cases (writes) and the store's reads. Public RPCs act for
/// the token's subject ("me"); internal ones (other services) need the internal scope. Follows, blocks and the rest
/// are beside.
/// </summary>
[Authorize]
public sealed partial class GraphGrpcService(
    IGraphStore store,
    Following following,
    Blocking blocking,
    PersonalLists lists,
    ListReads listReads,
    CounterReconciler reconciler,
    KnownUsers<IGraphTransaction> users,
    TimeProvider clock) : GraphService.GraphServiceBase
{
    /// <summary>
    /// Runs <paramref name="write"/>; when it found a user missing, learns the users from Profile (an account created
    /// a moment ago) and runs it once more.
    /// </summary>
    private async Task<T> WithUsersKnownAsync<T>(Func<Task<T>> write, Func<T, bool> missedUser, Guid[] missing, CancellationToken cancellationToken)
    {
        var result = await write();
        return missedUser(result) && await users.LearnAsync(missing, cancellationToken) ? await write() : result;
    }

    /// <summary>The caller and the other user of a "me" call; acting on yourself is the caller's mistake.</summary>
    private static (Guid Me, Guid Other) Pair(ServerCallContext context, string userId, string selfMessage)
    {
        var me = context.RequireUserId();
        var other = RequestIds.ParseUserId(userId, "userId");
        if (other == me)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("userId", selfMessage)]);
        }

        return (me, other);
    }
}

using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Graph.V1;
using Social.Graph.Storage;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;

namespace Social.Graph.Api;

/// <summary>The Graph contract: a thin adapter over the graph store and rules.</summary>
[Authorize]
public sealed class GraphGrpcService(IGraphStore store) : GraphService.GraphServiceBase
{
    /// <summary>Internal: for other services, with a client-credentials token.</summary>
    [Authorize(Policy = SocialAuth.InternalPolicy)]
    public override async Task<GraphUser> GetUser(GetGraphUserRequest request, ServerCallContext context)
    {
        var userId = RequestIds.ParseUserId(request.UserId, "userId");
        var user = await store.FindUserAsync(userId, context.CancellationToken);
        if (user is null)
        {
            RpcErrors.ThrowNotFound("No such user.");
        }

        return new GraphUser { UserId = user.UserId.ToString(), Handle = user.Handle };
    }
}

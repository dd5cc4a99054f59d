using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.Graph.Storage;
using Social.ServiceDefaults.Grpc;

namespace Social.Graph.Api;

/// <summary>The Graph contract: a thin adapter over the graph store and rules.</summary>
public sealed class GraphGrpcService(IGraphStore store) : GraphService.GraphServiceBase
{
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

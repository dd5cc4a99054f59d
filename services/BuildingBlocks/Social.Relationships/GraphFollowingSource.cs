using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.ServiceDefaults.Grpc;

namespace Social.Relationships;

/// <summary>
/// <see cref="IFollowingSource"/> over Graph's internal <c>ListFollowingIds</c>: 5,000 ids a call. Graph's own errors
/// never reach a client: the caller is told the service is unavailable.
/// </summary>
internal sealed class GraphFollowingSource(GraphService.GraphServiceClient graph) : IFollowingSource
{
    public async Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, CancellationToken cancellationToken)
    {
        try
        {
            var page = await graph.ListFollowingIdsAsync(
                new ListFollowingIdsRequest { UserId = userId.ToString(), Cursor = cursor ?? "" }, cancellationToken: cancellationToken);
            return ([.. page.Ids.Select(Guid.Parse)], page.HasNextCursor ? page.NextCursor : null);
        }
        catch (RpcException exception) when (exception.StatusCode != StatusCode.Cancelled)
        {
            throw RpcErrors.Create(Google.Rpc.Code.Unavailable, ErrorCodes.ServiceUnavailable, "Whom you follow cannot be read right now; try again.");
        }
    }
}

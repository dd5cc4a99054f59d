using Grpc.Core;
using Social.Contracts.Graph.V1;

namespace Social.Relationships;

/// <summary>
/// <see cref="IFollowerSource"/> over Graph's internal <c>GetUser</c> (its stored follower count) and
/// <c>ListFollowerIds</c>. Its callers are background work that retries, so Graph's errors pass through unchanged.
/// </summary>
internal sealed class GraphFollowerSource(GraphService.GraphServiceClient graph) : IFollowerSource
{
    public async Task<long> CountAsync(Guid userId, CancellationToken cancellationToken)
    {
        try
        {
            return (await graph.GetUserAsync(new GetGraphUserRequest { UserId = userId.ToString() }, cancellationToken: cancellationToken)).FollowersCount;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return 0; // Graph has not heard of the account yet: nobody can follow it.
        }
    }

    public async Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var page = await graph.ListFollowerIdsAsync(
            new ListFollowerIdsRequest { UserId = userId.ToString(), Limit = limit, Cursor = cursor ?? "" }, cancellationToken: cancellationToken);
        return ([.. page.Ids.Select(Guid.Parse)], page.HasNextCursor ? page.NextCursor : null);
    }
}

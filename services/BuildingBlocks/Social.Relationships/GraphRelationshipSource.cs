using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.ServiceDefaults.Grpc;

namespace Social.Relationships;

/// <summary>
/// <see cref="IRelationshipSource"/> over Graph's internal <c>GetRelationships</c>: one call for up to 100 users.
/// Graph's own errors never reach a client: whatever it answers, the caller is told the service is unavailable.
/// </summary>
internal sealed class GraphRelationshipSource(GraphService.GraphServiceClient graph) : IRelationshipSource
{
    public async Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid actor, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        var request = new GetRelationshipsRequest { ViewerId = actor.ToString() };
        request.Ids.AddRange(users.Select(user => user.ToString()));
        try
        {
            var response = await graph.GetRelationshipsAsync(request, cancellationToken: cancellationToken);
            return response.Items.ToDictionary(
                item => Guid.Parse(item.UserId),
                item => new Relationship(item.Following, item.FollowedBy, item.Blocking, item.BlockedBy, item.Muting));
        }
        catch (RpcException exception) when (exception.StatusCode != StatusCode.Cancelled)
        {
            throw RpcErrors.Create(Google.Rpc.Code.Unavailable, ErrorCodes.ServiceUnavailable, "Who may reach whom cannot be checked right now; try again.");
        }
    }
}

using Social.Contracts.Graph.V1;

namespace Social.Profile.Api;

/// <summary>
/// The caller's relationships with the profiles they look at, from Graph (the owner of those facts): attached to each
/// view, and used to leave out anyone blocked either way, who does not exist for the caller.
/// </summary>
public sealed class ViewerRelationships(GraphService.GraphServiceClient graph)
{
    /// <summary>The relationship with each of <paramref name="users"/> (at most 100), by user id.</summary>
    public async Task<IReadOnlyDictionary<Guid, Relationship>> OfAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        var others = users.Where(user => user != viewer).Distinct().ToList();
        if (others.Count == 0)
        {
            return new Dictionary<Guid, Relationship>();
        }

        var request = new GetRelationshipsRequest { ViewerId = viewer.ToString() };
        request.Ids.AddRange(others.Select(user => user.ToString()));
        var response = await graph.GetRelationshipsAsync(request, cancellationToken: cancellationToken);
        return response.Items.ToDictionary(item => Guid.Parse(item.UserId));
    }

    public static bool Hides(Relationship? relationship) => relationship is { Blocking: true } or { BlockedBy: true };
}

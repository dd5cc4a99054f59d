using Social.Graph.Storage;
using Social.KnownUsers;

namespace Social.Graph.Domain.Edges;

/// <summary>
/// A page of a user list (followers, following, requests, blocks, mutes, close friends) with each user's display name
/// and avatar, so a client draws it without a lookup per row. Graph keeps edges, Profile keeps how people are shown:
/// one index range here, then one Profile call for the whole page (pages hold at most 100 users, Profile's batch size).
/// </summary>
public sealed class ListReads(IGraphStore store, IProfileDirectory profiles)
{
    public async Task<ShownEdgePage> ReadAsync(EdgeList list, Guid owner, Guid viewer, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(list, owner, viewer, after, limit, cancellationToken);
        var shown = await profiles.GetAsync([.. page.Items.Select(edge => edge.UserId).Distinct()], cancellationToken);
        return new ShownEdgePage(page, shown);
    }
}

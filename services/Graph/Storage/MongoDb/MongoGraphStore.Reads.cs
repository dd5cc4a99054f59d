using System.Linq.Expressions;
using MongoDB.Driver;
using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Relationships;
using Social.KnownUsers.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Graph.Storage.MongoDb;

/// <summary>Lists, relationships and policy facts: index ranges and point lookups only.</summary>
public sealed partial class MongoGraphStore
{
    public async Task<EdgePage> ListAsync(EdgeList list, Guid owner, Guid? viewer, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var page = await ListPageAsync(list, new PageRequest(owner, after, limit), cancellationToken);
        if (viewer is not { } someone || someone == owner || list is not (EdgeList.Followers or EdgeList.Following) || page.Items.Count == 0)
        {
            return page;
        }

        // Users blocked either way with the viewer are left out (the page may come back shorter; the cursor still moves).
        var pairs = page.Items.SelectMany(e => new[] { EdgeDocument.IdOf(e.UserId, someone), EdgeDocument.IdOf(someone, e.UserId) });
        var blocked = await MongoGraphReads.PresentAsync(_graph.Blocks, null, pairs, cancellationToken);
        return page with
        {
            Items = [.. page.Items.Where(e => !blocked.Contains(EdgeDocument.IdOf(e.UserId, someone)) && !blocked.Contains(EdgeDocument.IdOf(someone, e.UserId)))],
        };
    }

    private Task<EdgePage> ListPageAsync(EdgeList list, PageRequest page, CancellationToken cancellationToken) =>
        list switch
        {
            EdgeList.Followers => PageAsync(_graph.Follows, f => f.FolloweeId, f => f.FollowerId, page, cancellationToken),
            EdgeList.Following => PageAsync(_graph.Follows, f => f.FollowerId, f => f.FolloweeId, page, cancellationToken),
            EdgeList.FollowRequests => PageAsync(_graph.FollowRequests, r => r.TargetId, r => r.RequesterId, page, cancellationToken),
            EdgeList.Blocks => PageAsync(_graph.Blocks, b => b.BlockerId, b => b.BlockedId, page, cancellationToken),
            EdgeList.Mutes => PageAsync(_graph.Mutes, m => m.MuterId, m => m.MutedId, page, cancellationToken, Unexpired(), m => m.ExpiresAt),
            EdgeList.CloseFriends => PageAsync(_graph.CloseFriends, c => c.OwnerId, c => c.FriendId, page, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown list."),
        };

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        // Every edge has its pair as _id, so each question is one lookup of exact ids.
        var fromViewer = users.Select(u => EdgeDocument.IdOf(viewer, u)).ToList();
        var toViewer = users.Select(u => EdgeDocument.IdOf(u, viewer)).ToList();
        var following = await MongoGraphReads.PresentAsync(_graph.Follows, null, fromViewer, cancellationToken);
        var followedBy = await MongoGraphReads.PresentAsync(_graph.Follows, null, toViewer, cancellationToken);
        var requested = await MongoGraphReads.PresentAsync(_graph.FollowRequests, null, fromViewer, cancellationToken);
        var blocking = await MongoGraphReads.PresentAsync(_graph.Blocks, null, fromViewer, cancellationToken);
        var blockedBy = await MongoGraphReads.PresentAsync(_graph.Blocks, null, toViewer, cancellationToken);
        var muting = await MongoGraphReads.PresentAsync(_graph.Mutes, null, fromViewer, cancellationToken, Unexpired());
        var closeFriends = await MongoGraphReads.PresentAsync(_graph.CloseFriends, null, fromViewer, cancellationToken);
        var theirCloseFriend = await MongoGraphReads.PresentAsync(_graph.CloseFriends, null, toViewer, cancellationToken);
        return users
            .Select(id => (Id: id, From: EdgeDocument.IdOf(viewer, id), To: EdgeDocument.IdOf(id, viewer)))
            .Select(u => new Relationship(
                u.Id, following.Contains(u.From), followedBy.Contains(u.To), requested.Contains(u.From), blocking.Contains(u.From),
                blockedBy.Contains(u.To), muting.Contains(u.From), closeFriends.Contains(u.From), theirCloseFriend.Contains(u.To)))
            .ToList();
    }

    public Task<PolicyFacts> GetPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        MongoGraphReads.ReadPolicyFactsAsync(_graph, Database, null, actor, target, cancellationToken);

    /// <summary>
    /// One page of a list: the range of the (owner, edge id) index after the cursor, newest first, one more than asked
    /// to know whether another page exists without counting; then the other users' handles by their ids.
    /// </summary>
    private async Task<EdgePage> PageAsync<T>(
        IMongoCollection<T> edges, Expression<Func<T, string>> ownerField, Func<T, string> other, PageRequest page, CancellationToken cancellationToken,
        FilterDefinition<T>? also = null, Func<T, DateTime?>? expiresAt = null)
        where T : EdgeDocument
    {
        var filter = Builders<T>.Filter.Eq(ownerField, page.Owner.ToString());
        if (page.After is { } after)
        {
            filter &= Builders<T>.Filter.Lt(e => e.EdgeId, after.ToString());
        }

        if (also is not null)
        {
            filter &= also;
        }

        var found = await edges.Find(filter).SortByDescending(e => e.EdgeId).Limit(page.Limit + 1).ToListAsync(cancellationToken);
        var onPage = found.Take(page.Limit).ToList();
        var handles = await HandlesAsync(onPage.Select(other), cancellationToken);

        // An edge whose other user is gone is left out, as a join would; the cursor still moves past it.
        var items = onPage
            .Where(e => handles.ContainsKey(other(e)))
            .Select(e => new Edge(
                Guid.Parse(e.EdgeId), Guid.Parse(other(e)), handles[other(e)], MongoTime.Utc(e.CreatedAt), expiresAt?.Invoke(e) is { } expiry ? MongoTime.Utc(expiry) : null))
            .ToList();
        return new EdgePage(items, found.Count > page.Limit ? Guid.Parse(onPage[^1].EdgeId) : null);
    }

    private async Task<Dictionary<string, string>> HandlesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var users = await _graph.Users.Find(Builders<KnownUserDocument>.Filter.In(u => u.Id, userIds.Distinct())).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => u.Handle);
    }

    /// <summary>Mutes still in force: for good, or ending after now.</summary>
    private FilterDefinition<MuteDocument> Unexpired()
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var filter = Builders<MuteDocument>.Filter;
        return filter.Eq(m => m.ExpiresAt, null) | filter.Gt(m => m.ExpiresAt, now);
    }

    private sealed record PageRequest(Guid Owner, Guid? After, int Limit);
}

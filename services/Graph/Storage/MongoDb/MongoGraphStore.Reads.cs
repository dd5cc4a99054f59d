using System.Linq.Expressions;
using MongoDB.Driver;
using Social.Graph.Edges;
using Social.Graph.Policy;
using Social.Graph.Relationships;
using Social.Graph.Users;

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
        var blocked = await PresentAsync(Blocks, pairs, cancellationToken);
        return page with
        {
            Items = [.. page.Items.Where(e => !blocked.Contains(EdgeDocument.IdOf(e.UserId, someone)) && !blocked.Contains(EdgeDocument.IdOf(someone, e.UserId)))],
        };
    }

    private Task<EdgePage> ListPageAsync(EdgeList list, PageRequest page, CancellationToken cancellationToken) =>
        list switch
        {
            EdgeList.Followers => PageAsync(Follows, f => f.FolloweeId, f => f.FollowerId, page, cancellationToken),
            EdgeList.Following => PageAsync(Follows, f => f.FollowerId, f => f.FolloweeId, page, cancellationToken),
            EdgeList.FollowRequests => PageAsync(FollowRequests, r => r.TargetId, r => r.RequesterId, page, cancellationToken),
            EdgeList.Blocks => PageAsync(Blocks, b => b.BlockerId, b => b.BlockedId, page, cancellationToken),
            EdgeList.Mutes => PageAsync(Mutes, m => m.MuterId, m => m.MutedId, page, cancellationToken, Unexpired(), m => m.ExpiresAt),
            EdgeList.CloseFriends => PageAsync(CloseFriends, c => c.OwnerId, c => c.FriendId, page, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown list."),
        };

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        // Every edge has its pair as _id, so each question is one lookup of exact ids.
        var fromViewer = users.Select(u => EdgeDocument.IdOf(viewer, u)).ToList();
        var toViewer = users.Select(u => EdgeDocument.IdOf(u, viewer)).ToList();
        var following = await PresentAsync(Follows, fromViewer, cancellationToken);
        var followedBy = await PresentAsync(Follows, toViewer, cancellationToken);
        var requested = await PresentAsync(FollowRequests, fromViewer, cancellationToken);
        var blocking = await PresentAsync(Blocks, fromViewer, cancellationToken);
        var blockedBy = await PresentAsync(Blocks, toViewer, cancellationToken);
        var muting = await PresentAsync(Mutes, fromViewer, cancellationToken, Unexpired());
        var closeFriends = await PresentAsync(CloseFriends, fromViewer, cancellationToken);
        return users
            .Select(id => (Id: id, From: EdgeDocument.IdOf(viewer, id), To: EdgeDocument.IdOf(id, viewer)))
            .Select(u => new Relationship(
                u.Id, following.Contains(u.From), followedBy.Contains(u.To), requested.Contains(u.From), blocking.Contains(u.From),
                blockedBy.Contains(u.To), muting.Contains(u.From), closeFriends.Contains(u.From)))
            .ToList();
    }

    public async Task<PolicyFacts> GetPolicyFactsAsync(Guid actor, Guid target, CancellationToken cancellationToken)
    {
        var (actorId, targetId) = (actor.ToString(), target.ToString());
        var (actorToTarget, targetToActor) = (EdgeDocument.IdOf(actor, target), EdgeDocument.IdOf(target, actor));
        var users = await Users.Find(Builders<GraphUserDocument>.Filter.In(u => u.Id, [actorId, targetId]))
            .Project(u => u.Id)
            .ToListAsync(cancellationToken);
        var blocks = await PresentAsync(Blocks, [actorToTarget, targetToActor], cancellationToken);
        var follows = await PresentAsync(Follows, [actorToTarget, targetToActor], cancellationToken);
        return new PolicyFacts(
            users.Contains(actorId), users.Contains(targetId), blocks.Contains(actorToTarget), blocks.Contains(targetToActor),
            follows.Contains(actorToTarget), follows.Contains(targetToActor),
            await ReadSettingsAsync(null, target, cancellationToken) ?? UserSettings.DefaultsFor(target));
    }

    public async Task<FollowCounts?> GetCountsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await Users.Find(u => u.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken);
        return user is null ? null : CountsOf(user);
    }

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
                Guid.Parse(e.EdgeId), Guid.Parse(other(e)), handles[other(e)], Utc(e.CreatedAt), expiresAt?.Invoke(e) is { } expiry ? Utc(expiry) : null))
            .ToList();
        return new EdgePage(items, found.Count > page.Limit ? Guid.Parse(onPage[^1].EdgeId) : null);
    }

    private async Task<Dictionary<string, string>> HandlesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var users = await Users.Find(Builders<GraphUserDocument>.Filter.In(u => u.Id, userIds.Distinct())).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => u.Handle);
    }

    /// <summary>Which of the pair ids <paramref name="ids"/> have an edge (that also matches <paramref name="also"/>).</summary>
    private static async Task<HashSet<string>> PresentAsync<T>(
        IMongoCollection<T> edges, IEnumerable<string> ids, CancellationToken cancellationToken, FilterDefinition<T>? also = null)
        where T : EdgeDocument
    {
        var filter = Builders<T>.Filter.In(e => e.Id, ids.Distinct());
        var present = await edges.Find(also is null ? filter : filter & also).Project(e => e.Id).ToListAsync(cancellationToken);
        return [.. present];
    }

    /// <summary>Mutes still in force: for good, or ending after now.</summary>
    private FilterDefinition<MuteDocument> Unexpired()
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var filter = Builders<MuteDocument>.Filter;
        return filter.Eq(m => m.ExpiresAt, null) | filter.Gt(m => m.ExpiresAt, now);
    }

    private sealed record PageRequest(Guid Owner, Guid? After, int Limit);
}

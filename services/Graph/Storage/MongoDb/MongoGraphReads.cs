using MongoDB.Driver;
using Social.Graph.Domain.Policy;
using Social.Graph.Domain.Users;
using Social.KnownUsers;
using Social.KnownUsers.MongoDb;

namespace Social.Graph.Storage.MongoDb;

/// <summary>Reads shared by the store (no session) and the transaction (its session).</summary>
internal static class MongoGraphReads
{
    public static IFindFluent<T, T> Find<T>(this IMongoCollection<T> collection, IClientSessionHandle? session, FilterDefinition<T> filter) =>
        session is null ? collection.Find(filter) : collection.Find(session, filter);

    /// <summary>Point lookups only: the cost does not depend on how many edges exist.</summary>
    public static async Task<PolicyFacts> ReadPolicyFactsAsync(
        GraphCollections collections, IMongoDatabase database, IClientSessionHandle? session, Guid actor, Guid target, CancellationToken cancellationToken)
    {
        var (actorId, targetId) = (actor.ToString(), target.ToString());
        var (actorToTarget, targetToActor) = (EdgeDocument.IdOf(actor, target), EdgeDocument.IdOf(target, actor));
        var users = await collections.Users.Find(session, Builders<KnownUserDocument>.Filter.In(u => u.Id, [actorId, targetId]))
            .Project(u => u.Id)
            .ToListAsync(cancellationToken);
        var blocks = await PresentAsync(collections.Blocks, session, [actorToTarget, targetToActor], cancellationToken);
        var follows = await PresentAsync(collections.Follows, session, [actorToTarget, targetToActor], cancellationToken);
        var settings = await database.GetCollection<UserSettingsDocument>(UserSettingsDocument.Collection)
            .Find(session, Builders<UserSettingsDocument>.Filter.Eq(s => s.Id, targetId))
            .FirstOrDefaultAsync(cancellationToken);
        return new PolicyFacts(
            users.Contains(actorId), users.Contains(targetId), blocks.Contains(actorToTarget), blocks.Contains(targetToActor),
            follows.Contains(actorToTarget), follows.Contains(targetToActor),
            settings?.ToSettings() ?? UserSettings.DefaultsFor(target));
    }

    /// <summary>Which of the pair ids <paramref name="ids"/> have an edge (that also matches <paramref name="also"/>).</summary>
    public static async Task<HashSet<string>> PresentAsync<T>(
        IMongoCollection<T> edges, IClientSessionHandle? session, IEnumerable<string> ids, CancellationToken cancellationToken, FilterDefinition<T>? also = null)
        where T : EdgeDocument
    {
        var filter = Builders<T>.Filter.In(e => e.Id, ids.Distinct());
        var present = await edges.Find(session, also is null ? filter : filter & also).Project(e => e.Id).ToListAsync(cancellationToken);
        return [.. present];
    }

    /// <summary>The user's stored counts beside the counts of their edges; null when the user is unknown.</summary>
    public static async Task<CounterDrift?> ReadCounterAsync(
        GraphCollections collections, IClientSessionHandle? session, string userId, CancellationToken cancellationToken)
    {
        if (!await collections.Users.Find(session, Builders<KnownUserDocument>.Filter.Eq(u => u.Id, userId)).AnyAsync(cancellationToken))
        {
            return null;
        }

        var stored = await StoredCountsAsync(collections, session, Guid.Parse(userId), cancellationToken);
        var followers = Builders<FollowDocument>.Filter.Eq(f => f.FolloweeId, userId);
        var following = Builders<FollowDocument>.Filter.Eq(f => f.FollowerId, userId);
        return new CounterDrift(
            Guid.Parse(userId),
            stored.Followers,
            session is null ? await collections.Follows.CountDocumentsAsync(followers, cancellationToken: cancellationToken)
                : await collections.Follows.CountDocumentsAsync(session, followers, cancellationToken: cancellationToken),
            stored.Following,
            session is null ? await collections.Follows.CountDocumentsAsync(following, cancellationToken: cancellationToken)
                : await collections.Follows.CountDocumentsAsync(session, following, cancellationToken: cancellationToken));
    }

    /// <summary>The sums of the user's shards: one lookup of the shards' ids, as many as there are shards.</summary>
    public static async Task<FollowCounts> StoredCountsAsync(
        GraphCollections collections, IClientSessionHandle? session, Guid userId, CancellationToken cancellationToken)
    {
        var shards = await collections.Counts.Find(session, Builders<FollowCountsDocument>.Filter.In(c => c.Id, FollowCountsDocument.IdsOf(userId)))
            .ToListAsync(cancellationToken);
        return new FollowCounts(userId, shards.Sum(s => s.Followers), shards.Sum(s => s.Following));
    }
}

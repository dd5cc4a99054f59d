using System.Runtime.CompilerServices;
using MongoDB.Driver;
using Social.Graph.Domain.Users;
using Social.KnownUsers.MongoDb;
using Social.Storage.MongoDb;

namespace Social.Graph.Storage.MongoDb;

/// <summary>
/// The MongoDB adapter of <see cref="IGraphStore"/>: transactions here, their writes in
/// <see cref="MongoGraphTransaction"/>; indexes and reads beside.
/// </summary>
public sealed partial class MongoGraphStore(MongoDatabaseContext context, TimeProvider clock)
    : MongoKnownUsersStore<IGraphTransaction, MongoGraphTransaction>(context, clock), IGraphStore
{
    private const int CounterPageSize = 1000;

    private readonly GraphCollections _graph = new(context.Database);

    public async Task<FollowCounts?> GetCountsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        if (!await _graph.Users.Find(u => u.Id == id).AnyAsync(cancellationToken))
        {
            return null;
        }

        return await MongoGraphReads.StoredCountsAsync(_graph, null, userId, cancellationToken);
    }

    public async IAsyncEnumerable<CounterDrift> ReadCountersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Pages by _id rather than one long cursor: the work between reads could outlast the server's idle cursor timeout.
        var last = string.Empty;
        while (true)
        {
            var page = await _graph.Users.Find(Builders<KnownUserDocument>.Filter.Gt(u => u.Id, last))
                .SortBy(u => u.Id)
                .Limit(CounterPageSize)
                .Project(u => u.Id)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var userId in page)
            {
                if (await MongoGraphReads.ReadCounterAsync(_graph, null, userId, cancellationToken) is { } row)
                {
                    yield return row;
                }
            }

            last = page[^1];
        }
    }

    protected override MongoGraphTransaction Begin(IClientSessionHandle session, DateTimeOffset at) => new(session, Database, at);
}

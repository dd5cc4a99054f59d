using Social.Relationships;

namespace Social.StoryBenchmarks;

/// <summary>
/// Graph's answers from memory: who follows whom. Relationships come a hundred users a call, following and follower
/// lists a page at a time, follower counts from the edges, as Graph's internal RPCs answer; the calls are counted to
/// show how many a tray read makes.
/// </summary>
internal sealed class InMemoryGraph : IRelationshipSource, IFollowingSource, IFollowerSource
{
    private const int FollowingPage = 5000;

    private readonly Dictionary<Guid, List<Guid>> _following = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _followers = [];
    private readonly Dictionary<Guid, List<Guid>> _followerLists = [];
    private long _calls;

    public long Calls => Interlocked.Read(ref _calls);

    public void Follow(Guid follower, Guid followee)
    {
        if (!_following.TryGetValue(follower, out var list))
        {
            _following[follower] = list = [];
        }

        list.Add(followee);
        if (!_followers.TryGetValue(followee, out var set))
        {
            _followers[followee] = set = [];
        }

        set.Add(follower);
        if (!_followerLists.TryGetValue(followee, out var followers))
        {
            _followerLists[followee] = followers = [];
        }

        followers.Add(follower);
    }

    public Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid actor, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var followers = _followers.GetValueOrDefault(actor);
        return Task.FromResult<IReadOnlyDictionary<Guid, Relationship>>(users.ToDictionary(
            user => user,
            user => new Relationship(_followers.GetValueOrDefault(user)?.Contains(actor) == true, followers?.Contains(user) == true, false, false)));
    }

    public Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var all = _following.GetValueOrDefault(userId) ?? [];
        var start = cursor is null ? 0 : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
        var page = all.Skip(start).Take(FollowingPage).ToList();
        var next = start + page.Count < all.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult<(IReadOnlyList<Guid>, string?)>((page, next));
    }

    public Task<long> CountAsync(Guid userId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult((long)(_followers.GetValueOrDefault(userId)?.Count ?? 0));
    }

    public Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var all = _followerLists.GetValueOrDefault(userId) ?? [];
        var start = cursor is null ? 0 : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
        var page = all.Skip(start).Take(limit).ToList();
        var next = start + page.Count < all.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult<(IReadOnlyList<Guid>, string?)>((page, next));
    }
}

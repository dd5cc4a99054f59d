using Social.Relationships;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Graph's answers for the conformance tests: follows, blocks, mutes and close friends a test sets, as Graph would hold
/// them; relationships a hundred at most per call, following and follower lists a page at a time.
/// </summary>
internal sealed class FakeRelationships : IRelationshipSource, IFollowingSource, IFollowerSource
{
    private const int FollowingPage = 1000;

    private readonly List<(Guid From, Guid To)> _follows = [];
    private readonly HashSet<(Guid Blocker, Guid Blocked)> _blocks = [];
    private readonly HashSet<(Guid Muter, Guid Muted)> _mutes = [];
    private readonly HashSet<(Guid Owner, Guid Friend)> _closeFriends = [];

    /// <summary>How many calls Graph has answered, to show that a page of users is asked about in one call.</summary>
    public int Calls { get; private set; }

    public void Follow(Guid follower, Guid followee)
    {
        if (!_follows.Contains((follower, followee)))
        {
            _follows.Add((follower, followee));
        }
    }

    public void Unfollow(Guid follower, Guid followee) => _follows.Remove((follower, followee));

    public void RemoveCloseFriend(Guid owner, Guid friend) => _closeFriends.Remove((owner, friend));

    public void Block(Guid blocker, Guid blocked) => _blocks.Add((blocker, blocked));

    public void Unblock(Guid blocker, Guid blocked) => _blocks.Remove((blocker, blocked));

    public void Mute(Guid muter, Guid muted) => _mutes.Add((muter, muted));

    public void AddCloseFriend(Guid owner, Guid friend) => _closeFriends.Add((owner, friend));

    public void Unmute(Guid muter, Guid muted) => _mutes.Remove((muter, muted));

    public Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid actor, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        Assert.InRange(users.Count, 1, 100);
        Calls++;
        return Task.FromResult<IReadOnlyDictionary<Guid, Relationship>>(users.ToDictionary(
            user => user,
            user => new Relationship(
                _follows.Contains((actor, user)), _follows.Contains((user, actor)), _blocks.Contains((actor, user)), _blocks.Contains((user, actor)),
                _mutes.Contains((actor, user)), _closeFriends.Contains((user, actor)))));
    }

    public Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, CancellationToken cancellationToken)
    {
        Calls++;
        var start = cursor is null ? 0 : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
        var all = _follows.Where(f => f.From == userId).Select(f => f.To).ToList();
        var page = all.Skip(start).Take(FollowingPage).ToList();
        var next = start + page.Count < all.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult<(IReadOnlyList<Guid>, string?)>((page, next));
    }

    /// <summary>While set, follower counts and pages fail, as calls to a Graph that is down do.</summary>
    public bool FollowersUnavailable { get; set; }

    public Task<long> CountAsync(Guid userId, CancellationToken cancellationToken)
    {
        Calls++;
        if (FollowersUnavailable)
        {
            throw new InvalidOperationException("Graph is unavailable.");
        }

        return Task.FromResult((long)_follows.Count(f => f.To == userId));
    }

    public Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        Calls++;
        var start = cursor is null ? 0 : int.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture);
        var all = _follows.Where(f => f.To == userId).Select(f => f.From).ToList();
        var page = all.Skip(start).Take(limit).ToList();
        var next = start + page.Count < all.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult<(IReadOnlyList<Guid>, string?)>((page, next));
    }
}

using Social.Relationships;

namespace Social.StoryBenchmarks;

/// <summary>
/// Graph's answers from memory: who follows whom. Relationships come a hundred users a call, following lists a page of
/// 5,000 at a time, as Graph's internal RPCs answer; the calls are counted to show how many the tray makes.
/// </summary>
internal sealed class InMemoryGraph : IRelationshipSource, IFollowingSource
{
    private const int FollowingPage = 5000;

    private readonly Dictionary<Guid, List<Guid>> _following = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _followers = [];
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
}

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Engagement's rules in plain sets, for the randomized test: an independent statement of which likes must exist
/// after any sequence of likes, unlikes, deletions, blocks and account deletions.
/// </summary>
internal sealed class EngagementModel
{
    private readonly Dictionary<Guid, Guid> _owners = [];
    private readonly HashSet<(Guid User, Guid Item)> _likes = [];
    private readonly HashSet<(Guid Blocker, Guid Blocked)> _blocks = [];
    private readonly HashSet<Guid> _deleted = [];

    public IReadOnlyCollection<Guid> Items => _owners.Keys;

    public void Created(Guid owner, Guid item) => _owners[item] = owner;

    public void Like(Guid user, Guid item)
    {
        if (_owners.TryGetValue(item, out var owner) && !_deleted.Contains(user) && !Separated(user, owner))
        {
            _likes.Add((user, item));
        }
    }

    public void Unlike(Guid user, Guid item) => _likes.Remove((user, item));

    public void Delete(Guid item)
    {
        _owners.Remove(item);
        _likes.RemoveWhere(like => like.Item == item);
    }

    public void Block(Guid blocker, Guid blocked)
    {
        _blocks.Add((blocker, blocked));
        _likes.RemoveWhere(like => like.User == blocked && _owners[like.Item] == blocker);
    }

    public void Unblock(Guid blocker, Guid blocked) => _blocks.Remove((blocker, blocked));

    public void DeleteAccount(Guid user)
    {
        _deleted.Add(user);
        foreach (var item in _owners.Where(entry => entry.Value == user).Select(entry => entry.Key).ToList())
        {
            Delete(item);
        }

        _likes.RemoveWhere(like => like.User == user);
    }

    public bool IsDeleted(Guid user) => _deleted.Contains(user);

    public long LikesOf(Guid item) => _likes.Count(like => like.Item == item);

    public long LikesReceivedBy(Guid owner) => _likes.Count(like => _owners[like.Item] == owner);

    private bool Separated(Guid one, Guid other) => _blocks.Contains((one, other)) || _blocks.Contains((other, one));
}

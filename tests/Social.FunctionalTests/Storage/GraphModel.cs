namespace Social.FunctionalTests.Storage;

/// <summary>
/// The graph's rules in plain sets, for the randomized test: an independent statement of what the store must end up
/// holding after any sequence of operations.
/// </summary>
internal sealed class GraphModel
{
    private readonly HashSet<(Guid Follower, Guid Followee)> _follows = [];
    private readonly HashSet<(Guid Requester, Guid Target)> _requests = [];
    private readonly HashSet<(Guid Blocker, Guid Blocked)> _blocks = [];
    private readonly HashSet<Guid> _private = [];

    public void Follow(Guid actor, Guid target)
    {
        if (_blocks.Contains((target, actor)) || _blocks.Contains((actor, target)) || _follows.Contains((actor, target)))
        {
            return;
        }

        if (_private.Contains(target))
        {
            _requests.Add((actor, target));
        }
        else
        {
            _follows.Add((actor, target));
        }
    }

    public void Unfollow(Guid actor, Guid target)
    {
        _follows.Remove((actor, target));
        _requests.Remove((actor, target));
    }

    public void Accept(Guid owner, Guid requester)
    {
        if (_requests.Remove((requester, owner)))
        {
            _follows.Add((requester, owner));
        }
    }

    public void Decline(Guid owner, Guid requester) => _requests.Remove((requester, owner));

    public void Block(Guid actor, Guid target)
    {
        if (!_blocks.Add((actor, target)))
        {
            return;
        }

        _follows.Remove((actor, target));
        _follows.Remove((target, actor));
        _requests.Remove((actor, target));
        _requests.Remove((target, actor));
    }

    public void Unblock(Guid actor, Guid target) => _blocks.Remove((actor, target));

    public void SetPrivate(Guid user, bool isPrivate)
    {
        if (isPrivate)
        {
            _private.Add(user);
            return;
        }

        _private.Remove(user);
        foreach (var request in _requests.Where(r => r.Target == user).ToList())
        {
            Accept(user, request.Requester);
        }
    }

    public void Delete(Guid user)
    {
        _follows.RemoveWhere(f => f.Follower == user || f.Followee == user);
        _requests.RemoveWhere(r => r.Requester == user || r.Target == user);
        _blocks.RemoveWhere(b => b.Blocker == user || b.Blocked == user);
        _private.Remove(user);
    }

    public IEnumerable<Guid> FollowersOf(Guid user) => _follows.Where(f => f.Followee == user).Select(f => f.Follower);

    public IEnumerable<Guid> FollowingOf(Guid user) => _follows.Where(f => f.Follower == user).Select(f => f.Followee);

    public IEnumerable<Guid> RequestsTo(Guid user) => _requests.Where(r => r.Target == user).Select(r => r.Requester);
}

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Engagement's rules in plain sets, for the randomized test: an independent statement of which likes and comments
/// must exist after any sequence of likes, unlikes, comments, deletions, blocks and account deletions.
/// </summary>
internal sealed class EngagementModel
{
    private readonly Dictionary<Guid, Guid> _owners = [];
    private readonly HashSet<(Guid User, Guid Item)> _likes = [];
    private readonly HashSet<(Guid Blocker, Guid Blocked)> _blocks = [];
    private readonly HashSet<Guid> _deleted = [];
    private readonly Dictionary<Guid, (Guid Author, Guid Item)> _comments = [];

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

    /// <summary>
    /// Whether a comment by <paramref name="author"/> on <paramref name="item"/> (a reply to <paramref name="replyTo"/>)
    /// must be accepted: nobody blocks anybody among the author, the owner and the author replied to.
    /// </summary>
    public bool MayComment(Guid author, Guid item, Guid? replyTo) =>
        _owners.TryGetValue(item, out var owner) && !_deleted.Contains(author) && !Separated(author, owner)
        && (replyTo is not { } parent || !Separated(author, _comments[parent].Author));

    public void Commented(Guid comment, Guid author, Guid item) => _comments[comment] = (author, item);

    public IReadOnlyList<Guid> CommentsOn(Guid item) => [.. _comments.Where(c => c.Value.Item == item).Select(c => c.Key)];

    public Guid AuthorOf(Guid comment) => _comments[comment].Author;

    public void Uncommented(Guid comment) => _comments.Remove(comment);

    public long CommentsOf(Guid item) => _comments.Count(c => c.Value.Item == item);

    public void Delete(Guid item)
    {
        _owners.Remove(item);
        _likes.RemoveWhere(like => like.Item == item);
        RemoveComments(c => c.Item == item);
    }

    public void Block(Guid blocker, Guid blocked)
    {
        _blocks.Add((blocker, blocked));
        _likes.RemoveWhere(like => like.User == blocked && _owners[like.Item] == blocker);
        RemoveComments(c => c.Author == blocked && _owners[c.Item] == blocker);
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
        RemoveComments(c => c.Author == user);
    }

    public bool IsDeleted(Guid user) => _deleted.Contains(user);

    public long LikesOf(Guid item) => _likes.Count(like => like.Item == item);

    public long LikesReceivedBy(Guid owner) => _likes.Count(like => _owners[like.Item] == owner);

    private void RemoveComments(Func<(Guid Author, Guid Item), bool> which)
    {
        foreach (var id in _comments.Where(c => which(c.Value)).Select(c => c.Key).ToList())
        {
            _comments.Remove(id);
        }
    }

    private bool Separated(Guid one, Guid other) => _blocks.Contains((one, other)) || _blocks.Contains((other, one));
}

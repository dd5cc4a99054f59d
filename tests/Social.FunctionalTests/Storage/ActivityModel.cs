using Social.Contracts.Events;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// The world behind the activity inbox in plain sets, for the randomized test: follows, likes, comments and blocks as
/// Graph and Engagement hold them, the events they publish in true order (a block severs follows, likes and comments
/// between the pair, each with its own undo event, as they do), and what each user's inbox must show in the end.
/// </summary>
internal sealed class ActivityModel(Random random, IReadOnlyList<Guid> users, IReadOnlyDictionary<Guid, Guid> itemOwners, DateTimeOffset start)
{
    private readonly Dictionary<(Guid Follower, Guid Followee), DateTimeOffset> _follows = [];
    private readonly Dictionary<(Guid User, Guid Item), DateTimeOffset> _likes = [];
    private readonly Dictionary<Guid, (Guid Author, Guid Item, DateTimeOffset At)> _comments = [];
    private readonly HashSet<(Guid Blocker, Guid Blocked)> _blocks = [];
    private readonly List<object> _events = [];
    private DateTimeOffset _now = start;

    /// <summary>Every event published so far, in the order it happened.</summary>
    public IReadOnlyList<object> Events => _events;

    /// <summary>One random operation of a random user, as the owning service would accept or refuse it.</summary>
    public void Step()
    {
        // Mostly seconds apart, now and then a day later, so that likes and follows group across days.
        _now += random.Next(100) == 0 ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(random.Next(1, 90));
        var actor = users[random.Next(users.Count)];
        var other = users[random.Next(users.Count)];
        var item = itemOwners.Keys.ElementAt(random.Next(itemOwners.Count));
        switch (random.Next(12))
        {
            case 0 or 1 when actor != other && !Separated(actor, other) && _follows.TryAdd((actor, other), _now):
                _events.Add(new UserFollowed { FollowerId = actor, FolloweeId = other, At = _now });
                break;
            case 2 when _follows.Remove((actor, other)):
                _events.Add(new UserUnfollowed { FollowerId = actor, FolloweeId = other, Reason = FollowEndReasons.Unfollowed, At = _now });
                break;
            case 3 or 4 or 5 when !Separated(actor, itemOwners[item]) && _likes.TryAdd((actor, item), _now):
                _events.Add(new ContentLiked { ContentId = item, OwnerId = itemOwners[item], UserId = actor, At = _now });
                break;
            case 6 when _likes.Remove((actor, item)):
                _events.Add(new ContentUnliked { ContentId = item, OwnerId = itemOwners[item], UserId = actor, Reason = LikeEndReasons.Unliked, At = _now });
                break;
            case 7 when !Separated(actor, itemOwners[item]):
                var commentId = Guid.CreateVersion7();
                _comments[commentId] = (actor, item, _now);
                _events.Add(new CommentPosted { CommentId = commentId, ContentId = item, OwnerId = itemOwners[item], AuthorId = actor, At = _now });
                break;
            case 8 when _comments.Count > 0:
                DeleteComment(_comments.Keys.ElementAt(random.Next(_comments.Count)), CommentEndReasons.DeletedByAuthor);
                break;
            case 9 when actor != other && _blocks.Add((actor, other)):
                _events.Add(new UserBlocked { BlockerId = actor, BlockedId = other, At = _now });
                Sever(actor, other);
                Sever(other, actor);
                break;
            case 10 or 11 when _blocks.Count > 0:
                var (blocker, blocked) = _blocks.ElementAt(random.Next(_blocks.Count));
                _blocks.Remove((blocker, blocked));
                _events.Add(new UserUnblocked { BlockerId = blocker, BlockedId = blocked, At = _now });
                break;
        }
    }

    /// <summary>What each entry of <paramref name="user"/>'s inbox must be: type, item, comment, actor count and the newest three actors.</summary>
    public IReadOnlyList<string> ExpectedInboxOf(Guid user)
    {
        var follows = _follows.Where(f => f.Key.Followee == user && f.Key.Follower != user)
            .GroupBy(f => f.Value.UtcDateTime.Date)
            .Select(g => Describe("follow", null, null, g.Select(f => (f.Key.Follower, f.Value))));
        var likes = _likes.Where(l => itemOwners[l.Key.Item] == user && l.Key.User != user)
            .GroupBy(l => (l.Key.Item, l.Value.UtcDateTime.Date))
            .Select(g => Describe("like", g.Key.Item, null, g.Select(l => (l.Key.User, l.Value))));
        var comments = _comments.Where(c => itemOwners[c.Value.Item] == user && c.Value.Author != user)
            .Select(c => Describe("comment", c.Value.Item, c.Key, [(c.Value.Author, c.Value.At)]));
        return [.. follows.Concat(likes).Concat(comments).Order(StringComparer.Ordinal)];
    }

    /// <summary>An entry in a form both sides write alike: the newest actors newest first.</summary>
    public static string Describe(string type, Guid? item, Guid? comment, long actorCount, IEnumerable<Guid> newestActors) =>
        $"{type} {item} {comment} {actorCount} {string.Join(',', newestActors)}";

    private static string Describe(string type, Guid? item, Guid? comment, IEnumerable<(Guid Actor, DateTimeOffset At)> actors)
    {
        var all = actors.ToList();
        return Describe(type, item, comment, all.Count, all.OrderByDescending(a => a.At).ThenByDescending(a => a.Actor).Take(3).Select(a => a.Actor));
    }

    private bool Separated(Guid one, Guid other) => _blocks.Contains((one, other)) || _blocks.Contains((other, one));

    /// <summary>What a block ends of <paramref name="one"/>'s towards <paramref name="other"/>, each end published as Graph and Engagement do.</summary>
    private void Sever(Guid one, Guid other)
    {
        if (_follows.Remove((one, other)))
        {
            _events.Add(new UserUnfollowed { FollowerId = one, FolloweeId = other, Reason = FollowEndReasons.Blocked, At = _now });
        }

        foreach (var (_, item) in _likes.Keys.Where(l => l.User == one && itemOwners[l.Item] == other).ToList())
        {
            _likes.Remove((one, item));
            _events.Add(new ContentUnliked { ContentId = item, OwnerId = other, UserId = one, Reason = LikeEndReasons.Blocked, At = _now });
        }

        foreach (var commentId in _comments.Where(c => c.Value.Author == one && itemOwners[c.Value.Item] == other).Select(c => c.Key).ToList())
        {
            DeleteComment(commentId, CommentEndReasons.Blocked);
        }
    }

    private void DeleteComment(Guid commentId, string reason)
    {
        var (author, item, _) = _comments[commentId];
        _comments.Remove(commentId);
        _events.Add(new CommentDeleted { CommentId = commentId, ContentId = item, OwnerId = itemOwners[item], AuthorId = author, Reason = reason, At = _now });
    }
}

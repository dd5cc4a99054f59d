using Social.Relationships;

namespace Social.FunctionalTests.Storage;

/// <summary>Graph's answers for the conformance tests: follows, blocks and mutes a test sets, as Graph would hold them.</summary>
internal sealed class FakeRelationships : IRelationshipSource
{
    private readonly HashSet<(Guid From, Guid To)> _follows = [];
    private readonly HashSet<(Guid Blocker, Guid Blocked)> _blocks = [];
    private readonly HashSet<(Guid Muter, Guid Muted)> _mutes = [];

    /// <summary>How many calls Graph has answered, to show that a page of users is asked about in one call.</summary>
    public int Calls { get; private set; }

    public void Follow(Guid follower, Guid followee) => _follows.Add((follower, followee));

    public void Block(Guid blocker, Guid blocked) => _blocks.Add((blocker, blocked));

    public void Unblock(Guid blocker, Guid blocked) => _blocks.Remove((blocker, blocked));

    public void Mute(Guid muter, Guid muted) => _mutes.Add((muter, muted));

    public void Unmute(Guid muter, Guid muted) => _mutes.Remove((muter, muted));

    public Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid actor, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken)
    {
        Assert.InRange(users.Count, 1, 100);
        Calls++;
        return Task.FromResult<IReadOnlyDictionary<Guid, Relationship>>(users.ToDictionary(
            user => user,
            user => new Relationship(
                _follows.Contains((actor, user)), _follows.Contains((user, actor)), _blocks.Contains((actor, user)), _blocks.Contains((user, actor)),
                _mutes.Contains((actor, user)))));
    }
}

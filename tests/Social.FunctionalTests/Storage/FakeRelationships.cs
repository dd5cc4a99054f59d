using Social.Engagement.Domain.Access;

namespace Social.FunctionalTests.Storage;

/// <summary>Graph's answers for Engagement's conformance tests: follows and blocks a test sets, as Graph would hold them.</summary>
internal sealed class FakeRelationships : IRelationshipSource
{
    private readonly HashSet<(Guid From, Guid To)> _follows = [];
    private readonly HashSet<(Guid Blocker, Guid Blocked)> _blocks = [];

    public void Follow(Guid follower, Guid followee) => _follows.Add((follower, followee));

    public void Block(Guid blocker, Guid blocked) => _blocks.Add((blocker, blocked));

    public void Unblock(Guid blocker, Guid blocked) => _blocks.Remove((blocker, blocked));

    public Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, Relationship>>(users.ToDictionary(
            user => user,
            user => new Relationship(
                _follows.Contains((viewer, user)), _follows.Contains((user, viewer)), _blocks.Contains((viewer, user)), _blocks.Contains((user, viewer)))));
}

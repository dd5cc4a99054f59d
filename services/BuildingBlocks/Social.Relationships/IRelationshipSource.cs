namespace Social.Relationships;

/// <summary>Graph's answer to "how does this user relate to those?", for up to a hundred users in one call.</summary>
public interface IRelationshipSource
{
    /// <summary>The relationship of <paramref name="actor"/> with each of <paramref name="users"/> (at most 100; none for the actor themself).</summary>
    Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid actor, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken);
}

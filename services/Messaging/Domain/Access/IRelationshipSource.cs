namespace Social.Messaging.Domain.Access;

/// <summary>Graph's answer to "how does the actor relate to these users?", for a conversation's members in one call.</summary>
public interface IRelationshipSource
{
    /// <summary>The actor's relationship with each of <paramref name="users"/> (at most 100; none for the actor themself).</summary>
    Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid actor, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken);
}

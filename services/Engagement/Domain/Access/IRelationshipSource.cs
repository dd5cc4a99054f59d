namespace Social.Engagement.Domain.Access;

/// <summary>Graph's answer to "how does the viewer relate to these users?", for a page of owners in one call.</summary>
public interface IRelationshipSource
{
    /// <summary>The viewer's relationship with each of <paramref name="users"/> (at most 100; none for the viewer themself).</summary>
    Task<IReadOnlyDictionary<Guid, Relationship>> GetAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken);
}

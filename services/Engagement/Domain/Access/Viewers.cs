using Social.Engagement.Storage;
using Social.Relationships;

namespace Social.Engagement.Domain.Access;

/// <summary>
/// Gathers <see cref="ViewerFacts"/> for one viewer and a set of owners: relationships from Graph in one call for the
/// whole set (never one call per item on a page), privacy from the replicated settings of each owner.
/// </summary>
public sealed class Viewers(IEngagementStore store, GraphRelationships relationships)
{
    public async Task<IReadOnlyDictionary<Guid, ViewerFacts>> FactsAsync(Guid viewer, IReadOnlyCollection<Guid> owners, CancellationToken cancellationToken)
    {
        var known = await relationships.OfAsync(viewer, owners, cancellationToken);
        var facts = new Dictionary<Guid, ViewerFacts>();
        foreach (var owner in owners.Distinct())
        {
            var isPrivate = owner != viewer && (await store.GetSettingsAsync(owner, cancellationToken)).IsPrivate;
            facts[owner] = new ViewerFacts(viewer, owner, isPrivate, known.GetValueOrDefault(owner, Relationship.None));
        }

        return facts;
    }

    /// <summary>The viewer's relationship with each of <paramref name="users"/> (no privacy: for lists of people, not of their content).</summary>
    public Task<IReadOnlyDictionary<Guid, Relationship>> RelationshipsAsync(Guid viewer, IReadOnlyCollection<Guid> users, CancellationToken cancellationToken) =>
        relationships.OfAsync(viewer, users, cancellationToken);

    public async Task<ViewerFacts> FactsAsync(Guid viewer, Guid owner, CancellationToken cancellationToken) =>
        (await FactsAsync(viewer, [owner], cancellationToken))[owner];
}

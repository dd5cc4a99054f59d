using Social.Relationships;
using Social.Story.Storage;

namespace Social.Story.Domain.Access;

/// <summary>
/// Gathers <see cref="ViewerFacts"/> for one viewer and a set of owners: relationships from Graph in one call per
/// hundred owners (never one per story), privacy from the replicated settings of each owner the viewer does not
/// follow. A follower is an approved follower, so an owner's privacy cannot change the answer for them and is not read.
/// </summary>
public sealed class Viewers(IStoryStore store, GraphRelationships relationships)
{
    public async Task<IReadOnlyDictionary<Guid, ViewerFacts>> FactsAsync(Guid viewer, IReadOnlyCollection<Guid> owners, CancellationToken cancellationToken)
    {
        var known = await relationships.OfAsync(viewer, owners, cancellationToken);
        var facts = new Dictionary<Guid, ViewerFacts>();
        foreach (var owner in owners.Distinct())
        {
            var relationship = known.GetValueOrDefault(owner, Relationship.None);
            var isPrivate = owner != viewer && !relationship.Following && (await store.GetSettingsAsync(owner, cancellationToken)).IsPrivate;
            facts[owner] = new ViewerFacts(viewer, owner, isPrivate, relationship);
        }

        return facts;
    }

    public async Task<ViewerFacts> FactsAsync(Guid viewer, Guid owner, CancellationToken cancellationToken) =>
        (await FactsAsync(viewer, [owner], cancellationToken))[owner];

    /// <summary>The relationships of a user with others (no privacy: for a list of people, not of their stories).</summary>
    public Task<IReadOnlyDictionary<Guid, Relationship>> RelationshipsAsync(Guid user, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken) =>
        relationships.OfAsync(user, others, cancellationToken);
}

namespace Social.Relationships;

/// <summary>
/// Asks Graph about many users at once: one call per hundred (Graph's batch limit), never one per user, and never
/// about the actor themself (who relates to nobody: <see cref="Relationship.None"/>).
/// </summary>
public sealed class GraphRelationships(IRelationshipSource source)
{
    private const int Batch = 100;

    public async Task<IReadOnlyDictionary<Guid, Relationship>> OfAsync(Guid actor, IEnumerable<Guid> users, CancellationToken cancellationToken)
    {
        var others = users.Where(user => user != actor).Distinct().ToList();
        var all = new Dictionary<Guid, Relationship>();
        foreach (var chunk in others.Chunk(Batch))
        {
            foreach (var (user, relationship) in await source.GetAsync(actor, chunk, cancellationToken))
            {
                all[user] = relationship;
            }
        }

        return all;
    }

    public async Task<Relationship> WithAsync(Guid actor, Guid other, CancellationToken cancellationToken) =>
        actor == other ? Relationship.None : (await OfAsync(actor, [other], cancellationToken)).GetValueOrDefault(other, Relationship.None);
}

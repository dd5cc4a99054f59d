namespace Social.Relationships;

/// <summary>
/// Everyone a user follows, from Graph in pages of thousands: a following list of 2,000 is one call, never one per
/// account. The list is read whole, since its user needs all of it (a tray of everyone they follow).
/// </summary>
public sealed class GraphFollowing(IFollowingSource source)
{
    public async Task<IReadOnlyList<Guid>> OfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var all = new List<Guid>();
        string? cursor = null;
        do
        {
            (var ids, cursor) = await source.PageAsync(userId, cursor, cancellationToken);
            all.AddRange(ids);
        }
        while (cursor is not null);

        return all;
    }
}

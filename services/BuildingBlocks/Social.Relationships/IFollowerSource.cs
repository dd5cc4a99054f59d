namespace Social.Relationships;

/// <summary>Graph's answer to "who follows this user, and how many?", a bounded page at a time.</summary>
public interface IFollowerSource
{
    /// <summary>How many followers Graph counts for <paramref name="userId"/> (0 for a user it does not know yet).</summary>
    Task<long> CountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>One page of at most <paramref name="limit"/> follower ids, newest follow first, and the cursor of the next (null on the last).</summary>
    Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, int limit, CancellationToken cancellationToken);
}

namespace Social.Relationships;

/// <summary>Graph's answer to "whom does this user follow?", a long page at a time.</summary>
public interface IFollowingSource
{
    /// <summary>One page of the ids <paramref name="userId"/> follows, newest follow first, and the cursor of the next (null on the last).</summary>
    Task<(IReadOnlyList<Guid> Ids, string? Next)> PageAsync(Guid userId, string? cursor, CancellationToken cancellationToken);
}

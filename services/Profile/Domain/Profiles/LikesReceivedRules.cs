namespace Social.Profile.Domain.Profiles;

/// <summary>
/// Engagement announces each shard of a user's likes received as an absolute value with a version; the events may
/// arrive late, twice or out of order, and one may be lost, so the version alone decides which value a shard holds,
/// on every database alike.
/// </summary>
public static class LikesReceivedRules
{
    /// <summary>A shard takes the announced value when it holds none yet, or only an older version.</summary>
    public static bool MayApply(LikesReceivedShard? stored, LikesReceivedShard incoming) =>
        stored is null || incoming.Version > stored.Version;
}

namespace Social.Profile.Domain.Profiles;

/// <summary>
/// Graph publishes a user's counts as absolute values with a version; the events may arrive late, twice or out of
/// order, so the version alone decides which counts a profile shows, on every database alike.
/// </summary>
public static class FollowCountsRules
{
    /// <summary>Counts replace the stored ones only when strictly newer: an older or repeated version changes nothing.</summary>
    public static bool MayApply(FollowCounts stored, FollowCounts incoming) => incoming.Version > stored.Version;
}

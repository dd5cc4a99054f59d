namespace Social.EngagementBenchmarks;

/// <summary>
/// What the seeder writes and the run then expects: the viral and the ordinary item (made through the API by their
/// owner), how many likes and comments each gets, and the real users who author the comments.
/// </summary>
internal sealed record SeedPlan(
    Guid Owner,
    Guid Viral,
    Guid Ordinary,
    int ViralLikes,
    int ViralComments,
    int OrdinaryLikes,
    int OrdinaryComments,
    IReadOnlyList<Guid> CommentAuthors,
    DateTimeOffset Origin)
{
    /// <summary>Seeded likes and comments are spaced this far apart, oldest first, all before the run's own.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(1);

    /// <summary>Engagement's like-count shards (LikeCounterShards.Count): seeded likes spread over all of them.</summary>
    public const int LikeShards = 16;
}

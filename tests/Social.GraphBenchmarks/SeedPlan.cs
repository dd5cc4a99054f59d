namespace Social.GraphBenchmarks;

/// <summary>
/// Who is seeded and when things happened. Ids are UUIDv7 from their sign-up time, as Profile makes them; every time
/// lies in the past: the two targets signed up first, then all followers (one every 10 s), then the follows (one a second).
/// </summary>
internal sealed record SeedPlan(DateTimeOffset Origin, Guid Celebrity, Guid Ordinary, Guid Viewer, int CelebrityFollowers, int OrdinaryFollowers)
{
    public const string CelebrityHandle = "bench_celebrity";
    public const string OrdinaryHandle = "bench_ordinary";

    public static readonly TimeSpan SignUpSpacing = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan FollowSpacing = TimeSpan.FromSeconds(1);

    public int Followers => CelebrityFollowers + OrdinaryFollowers;

    /// <summary>When the followers start signing up; the targets exist before.</summary>
    public DateTimeOffset FirstSignUp => Origin + TimeSpan.FromMinutes(1);

    /// <summary>When the follows start: a day after the last follower signed up.</summary>
    public DateTimeOffset FirstFollow => FirstSignUp + (SignUpSpacing * Followers) + TimeSpan.FromDays(1);

    public static SeedPlan Create(Guid viewer, int celebrityFollowers, int ordinaryFollowers, DateTimeOffset now)
    {
        var followers = celebrityFollowers + ordinaryFollowers;
        var span = TimeSpan.FromMinutes(1) + (SignUpSpacing * followers) + TimeSpan.FromDays(1) + (FollowSpacing * followers);
        var origin = now - span - TimeSpan.FromDays(1);
        return new SeedPlan(
            origin, Guid.CreateVersion7(origin), Guid.CreateVersion7(origin + TimeSpan.FromSeconds(1)), viewer, celebrityFollowers, ordinaryFollowers);
    }
}

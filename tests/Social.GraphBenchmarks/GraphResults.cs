namespace Social.GraphBenchmarks;

/// <summary>What a run measured, kept for the report printed once everything has stopped.</summary>
/// <param name="Comparisons">Each compared request with the celebrity's and the ordinary user's best figures.</param>
/// <param name="OverallCheck">Check with half the callers on each user: Graph's overall Check rate.</param>
internal sealed record GraphResults(
    SeedPlan Plan,
    IReadOnlyList<(Comparison Comparison, TargetSummary Celebrity, TargetSummary Ordinary)> Comparisons,
    TargetSummary OverallCheck,
    string CheckLoadName);

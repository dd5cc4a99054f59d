namespace Social.Benchmarks;

/// <summary>
/// One target's figures over all rounds, each metric the best the target reached. On a noisy machine interference only
/// ever makes a run slower, so the best run is the closest to what the code itself costs.
/// </summary>
internal sealed record TargetSummary(Target Target, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests, long Errors)
{
    public static TargetSummary Of(Target target, IReadOnlyCollection<LoadResult> runs) => new(
        target,
        runs.Max(run => run.RequestsPerSecond),
        runs.Min(run => run.P50),
        runs.Min(run => run.P99),
        runs.Sum(run => run.Requests),
        runs.Sum(run => run.Errors));
}

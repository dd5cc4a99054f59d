namespace Social.Testing.Benchmarking;

/// <summary>
/// One target's figures over all rounds, each metric the best the target reached. On a noisy machine interference only
/// ever makes a run slower, so the best run is the closest to what the code itself costs.
/// </summary>
public sealed record TargetSummary(string Name, double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests, long Errors)
{
    public static TargetSummary Of(string name, IReadOnlyCollection<LoadResult> runs) => new(
        name,
        runs.Max(run => run.RequestsPerSecond),
        runs.Min(run => run.P50),
        runs.Min(run => run.P99),
        runs.Sum(run => run.Requests),
        runs.Sum(run => run.Errors));
}

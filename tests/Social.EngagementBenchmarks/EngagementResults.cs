namespace Social.EngagementBenchmarks;

/// <summary>What a run seeded, what it measured and each measurement's best figures, by name.</summary>
internal sealed record EngagementResults(
    SeedPlan Plan, EngagementMeasurements Measurements, IReadOnlyDictionary<string, TargetSummary> Figures, string FeedLoad)
{
    public TargetSummary Of(Measurement measurement) => Figures[measurement.Name];
}

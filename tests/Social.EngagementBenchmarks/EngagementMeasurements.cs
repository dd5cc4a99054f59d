namespace Social.EngagementBenchmarks;

/// <summary>Everything one run measures, each under the name its figures are reported by.</summary>
internal sealed record EngagementMeasurements(
    Measurement ViralLikes,
    Measurement OrdinaryLikes,
    Measurement BareLikes,
    Measurement FirstPage,
    Measurement DeepPage,
    Measurement Feed)
{
    /// <summary>In the order they are measured within a round: the two like loads side by side, the bare route last.</summary>
    public IReadOnlyList<Measurement> All => [ViralLikes, OrdinaryLikes, FirstPage, DeepPage, Feed, BareLikes];
}

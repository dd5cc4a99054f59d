namespace Social.Benchmarks;

/// <summary>What a ratio between two targets must reach: a least throughput ratio and, optionally, a greatest p99 ratio.</summary>
internal sealed record RatioTarget(double MinThroughput, double? MaxP99)
{
    public static RatioTarget Throughput(double min) => new(min, null);

    public static RatioTarget Both(double minThroughput, double maxP99) => new(minThroughput, maxP99);

    public bool IsMet(double throughput, double p99) => throughput >= MinThroughput && (MaxP99 is not { } max || p99 <= max);

    public string Describe() =>
        $"throughput >= {Figures.Ratio(MinThroughput)}" + (MaxP99 is { } max ? $", p99 <= {Figures.Ratio(max)}" : string.Empty);
}

namespace Social.GraphBenchmarks;

/// <summary>The same request about the celebrity and about the ordinary user: what the issue compares.</summary>
internal sealed record Comparison(string Label, Measurement Celebrity, Measurement Ordinary);

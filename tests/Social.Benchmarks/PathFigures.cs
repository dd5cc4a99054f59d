using Social.Testing.Benchmarking;

namespace Social.Benchmarks;

/// <summary>What was measured on one path: each target's figures, and the processor time per request of the two proxies.</summary>
internal sealed record PathFigures(IReadOnlyList<TargetSummary> Summaries, double BareCpuMicroseconds, double GatewayCpuMicroseconds);

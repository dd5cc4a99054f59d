namespace Social.InboxBenchmarks;

/// <summary>The raw consume rate's message: published and consumed by the benchmark itself, on the services' broker.</summary>
public sealed record BenchmarkPing
{
    public required int Number { get; init; }
}

namespace Social.StreamBenchmarks;

/// <summary>The baseline's message: published and consumed by the benchmark itself, on the services' broker.</summary>
public sealed record BrokerPing
{
    public required string Text { get; init; }
}

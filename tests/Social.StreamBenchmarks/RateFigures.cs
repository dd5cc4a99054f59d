using System.Globalization;

namespace Social.StreamBenchmarks;

/// <summary>One measured rate: what was sent, how fast, what arrived, and the send → arrival latencies.</summary>
internal sealed record RateFigures(int Sent, double SentPerSecond, int Failed, int Delivered, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public override string ToString() => Delivered == 0
        ? $"sent {Sent}, nothing delivered"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"sent {Sent} ({SentPerSecond:0} /s, {Failed} failed), delivered {Delivered}; p50 {Figures.Latency(P50)}, p99 {Figures.Latency(P99)}, max {Figures.Latency(Max)}");
}

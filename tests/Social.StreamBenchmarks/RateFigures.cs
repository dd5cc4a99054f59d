using System.Globalization;

namespace Social.StreamBenchmarks;

/// <summary>
/// One measured rate: what was sent, how fast, what arrived, the send → arrival latencies, and how long the send call
/// itself took to be answered (the write path alone: a tail there is not the stream's).
/// </summary>
internal sealed record RateFigures(int Sent, double SentPerSecond, int Failed, int Delivered, TimeSpan P50, TimeSpan P99, TimeSpan Max, TimeSpan CallP50, TimeSpan CallP99)
{
    public override string ToString() => Delivered == 0
        ? $"sent {Sent}, nothing delivered"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"sent {Sent} ({SentPerSecond:0} /s, {Failed} failed), delivered {Delivered}; p50 {Figures.Latency(P50)}, p99 {Figures.Latency(P99)}, max {Figures.Latency(Max)}; call answered p50 {Figures.Latency(CallP50)}, p99 {Figures.Latency(CallP99)}");
}

using System.Globalization;

namespace Social.Testing.Benchmarking;

/// <summary>How the figures are written: invariant culture, latencies in milliseconds, so runs diff cleanly.</summary>
public static class Figures
{
    public static string Throughput(double requestsPerSecond) => requestsPerSecond.ToString("N0", CultureInfo.InvariantCulture);

    public static string Latency(TimeSpan latency) => latency.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    public static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Run(LoadResult result) =>
        $"{Throughput(result.RequestsPerSecond),10} req/s   p50 {Latency(result.P50),10}   p99 {Latency(result.P99),10}   errors {Count(result.Errors)}";
}

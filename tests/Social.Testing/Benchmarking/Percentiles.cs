namespace Social.Testing.Benchmarking;

/// <summary>Nearest-rank percentiles of latencies recorded as <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
public static class Percentiles
{
    /// <param name="sortedTicks">Latencies in ascending order; not empty.</param>
    /// <param name="percent">0 to 100.</param>
    public static TimeSpan Of(long[] sortedTicks, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sortedTicks.Length);
        var index = Math.Clamp(rank - 1, 0, sortedTicks.Length - 1);
        return System.Diagnostics.Stopwatch.GetElapsedTime(0, sortedTicks[index]);
    }
}

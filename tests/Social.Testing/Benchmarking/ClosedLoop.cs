using System.Diagnostics;

namespace Social.Testing.Benchmarking;

/// <summary>
/// Closed-loop load: a fixed number of callers, each starting its next call as soon as the last one answered, with
/// every latency recorded. Throughput then follows from how fast the server answers, as with wrk's connections.
/// </summary>
public static class ClosedLoop
{
    /// <param name="callers">Concurrent callers.</param>
    /// <param name="duration">How long each caller keeps calling.</param>
    /// <param name="call">One call; returns whether it succeeded. It handles its own expected failures (and returns false for them).</param>
    /// <param name="what">What is called, for the message when nothing succeeded.</param>
    public static async Task<LoadResult> RunAsync(
        int callers, TimeSpan duration, Func<int, CancellationToken, Task<bool>> call, string what, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // Task.Run: each caller starts on the thread pool, so one caller's synchronous part never delays the others' start.
        var loops = Enumerable.Range(0, callers)
            .Select(caller => Task.Run(() => LoopAsync(caller, call, clock, duration, cancellationToken), cancellationToken))
            .ToArray();
        var outcomes = await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;

        var latencies = outcomes.SelectMany(outcome => outcome.Latencies).ToArray();
        if (latencies.Length == 0)
        {
            throw new BenchmarkFailedException($"No call to {what} succeeded in {duration.TotalSeconds:0} s.");
        }

        Array.Sort(latencies);
        var errors = outcomes.Sum(outcome => outcome.Errors);
        return new LoadResult(
            (latencies.Length + errors) / elapsed.TotalSeconds,
            Percentiles.Of(latencies, 50),
            Percentiles.Of(latencies, 99),
            latencies.Length + errors,
            errors);
    }

    private static async Task<(List<long> Latencies, long Errors)> LoopAsync(
        int caller, Func<int, CancellationToken, Task<bool>> call, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<long>(capacity: 64 * 1024);
        var errors = 0L;
        while (clock.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            if (await call(caller, cancellationToken))
            {
                latencies.Add(Stopwatch.GetTimestamp() - started);
            }
            else
            {
                errors++;
            }
        }

        return (latencies, errors);
    }
}

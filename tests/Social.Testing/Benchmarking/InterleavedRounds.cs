namespace Social.Testing.Benchmarking;

/// <summary>
/// Warms every measurement up, then measures all of them in rounds, one after the other within a round, so slow drifts
/// of a noisy machine hit all of them alike. Each line is printed as it is measured.
/// </summary>
public static class InterleavedRounds
{
    /// <returns>Each measurement's best figures over the rounds, in the order given.</returns>
    public static async Task<IReadOnlyList<TargetSummary>> MeasureAsync(
        IReadOnlyList<Measurement> measurements, TimeSpan warmup, TimeSpan duration, int rounds, CancellationToken cancellationToken)
    {
        var width = measurements.Max(measurement => measurement.Name.Length);
        if (warmup > TimeSpan.Zero)
        {
            // Tiered JIT, connection pools and SQLite's page cache settle before anything counts.
            Console.WriteLine();
            Console.WriteLine($"Warm-up ({warmup.TotalSeconds:0} s each):");
            foreach (var measurement in measurements)
            {
                var result = await measurement.RunAsync(warmup, cancellationToken);
                Console.WriteLine($"  {measurement.Name.PadRight(width)} {Figures.Run(result)}");
            }
        }

        var runs = measurements.ToDictionary(measurement => measurement, _ => new List<LoadResult>());
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine();
            Console.WriteLine($"Round {round} of {rounds} ({duration.TotalSeconds:0} s each):");
            foreach (var measurement in measurements)
            {
                var result = await measurement.RunAsync(duration, cancellationToken);
                runs[measurement].Add(result);
                Console.WriteLine($"  {measurement.Name.PadRight(width)} {Figures.Run(result)}");
            }
        }

        return measurements.Select(measurement => TargetSummary.Of(measurement.Name, runs[measurement])).ToList();
    }
}

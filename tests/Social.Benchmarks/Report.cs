namespace Social.Benchmarks;

/// <summary>The final table and the ratios the issue asks for: what the gateway costs against a bare proxy and against no proxy.</summary>
internal static class Report
{
    public static void Print(string path, IReadOnlyList<TargetSummary> summaries, BenchmarkOptions options, string command, ILoadGenerator generator)
    {
        var direct = Find(summaries, BenchmarkRun.Direct);
        var bare = Find(summaries, BenchmarkRun.Bare);
        var gateway = Find(summaries, BenchmarkRun.Gateway);

        Console.WriteLine();
        Console.WriteLine($"Results: GET {path}, best of {options.Rounds} interleaved round(s) of {options.Duration.TotalSeconds:0} s,");
        Console.WriteLine($"         {options.Connections} connections, load by {generator.Name}");
        Console.WriteLine();
        Console.WriteLine($"  {"target",-9} {"requests/s",12} {"p50",12} {"p99",12} {"total reqs",12} {"errors",8}");
        foreach (var summary in summaries)
        {
            Console.WriteLine(
                $"  {summary.Name,-9} {Figures.Throughput(summary.RequestsPerSecond),12} {Figures.Latency(summary.P50),12} "
                + $"{Figures.Latency(summary.P99),12} {Figures.Count(summary.Requests),12} {Figures.Count(summary.Errors),8}");
        }

        Console.WriteLine();
        Console.WriteLine($"  {"ratio",-18} {"throughput",12} {"p99",12}");
        PrintRatio("gateway / bare", gateway, bare);
        PrintRatio("gateway / direct", gateway, direct);
        PrintRatio("bare / direct", bare, direct);
        Console.WriteLine();
        Console.WriteLine("  Each figure is the target's best over the rounds; total reqs and errors add up every measured run.");
        Console.WriteLine("  Throughput ratios below 1 and p99 ratios above 1 are the cost of the extra hop; gateway / bare is");
        Console.WriteLine("  what the gateway's own work (middleware, telemetry, service discovery) adds to plain YARP.");

        if (summaries.Any(summary => summary.Errors > 0))
        {
            Console.WriteLine();
            Console.WriteLine("  WARNING: some requests failed; failed requests are cheaper than reads, so the figures are suspect.");
        }

        Console.WriteLine();
        Console.WriteLine($"Command: {command}");
    }

    private static TargetSummary Find(IReadOnlyList<TargetSummary> summaries, string name) =>
        summaries.Single(summary => summary.Name == name);

    private static void PrintRatio(string label, TargetSummary over, TargetSummary under) =>
        Console.WriteLine(
            $"  {label,-18} {Figures.Ratio(over.RequestsPerSecond / under.RequestsPerSecond),12} "
            + $"{Figures.Ratio(over.P99.TotalMilliseconds / under.P99.TotalMilliseconds),12}");
}

namespace Social.Benchmarks;

/// <summary>
/// The final table and the ratios the targets are set on: what token validation costs a read at the service
/// (direct / unvalidated), and what the gateway costs against a bare proxy and against no proxy.
/// </summary>
internal static class Report
{
    public static void Print(string path, PathFigures figures, BenchmarkOptions options, string command, ILoadGenerator generator)
    {
        var summaries = figures.Summaries;
        var unvalidated = Find(summaries, BenchmarkRun.Unvalidated);
        var direct = Find(summaries, BenchmarkRun.Direct);
        var bare = Find(summaries, BenchmarkRun.Bare);
        var gateway = Find(summaries, BenchmarkRun.Gateway);

        Console.WriteLine();
        Console.WriteLine($"Results: GET {path}, best of {options.Rounds} interleaved round(s) of {options.Duration.TotalSeconds:0} s,");
        Console.WriteLine($"         {options.Connections} connections, load by {generator.Name}");
        Console.WriteLine();
        Console.WriteLine($"  {"target",-11} {"requests/s",12} {"p50",12} {"p99",12} {"total reqs",12} {"errors",8}");
        foreach (var summary in summaries)
        {
            Console.WriteLine(
                $"  {summary.Name,-11} {Figures.Throughput(summary.RequestsPerSecond),12} {Figures.Latency(summary.P50),12} "
                + $"{Figures.Latency(summary.P99),12} {Figures.Count(summary.Requests),12} {Figures.Count(summary.Errors),8}");
        }

        Console.WriteLine();
        Console.WriteLine($"  {"ratio",-22} {"throughput",12} {"p99",12}   target");
        PrintRatio("direct / unvalidated", direct, unvalidated, RatioTarget.Throughput(0.7));
        PrintRatio("gateway / bare", gateway, bare, RatioTarget.Both(0.9, 1.15));
        PrintRatio("gateway / direct", gateway, direct, null);
        PrintRatio("bare / direct", bare, direct, null);
        Console.WriteLine();
        Console.WriteLine(
            $"  proxy CPU per request: bare {Microseconds(figures.BareCpuMicroseconds)}, gateway {Microseconds(figures.GatewayCpuMicroseconds)}, "
            + $"gateway / bare {Figures.Ratio(figures.GatewayCpuMicroseconds / figures.BareCpuMicroseconds)}");
        Console.WriteLine();
        Console.WriteLine("  Each figure is the target's best over the rounds; total reqs and errors add up every measured run.");
        Console.WriteLine("  direct / unvalidated is what checking the access token (signature, issuer, audience, lifetime,");
        Console.WriteLine("  revocation) costs the read at the service. Throughput ratios below 1 and p99 ratios above 1 are");
        Console.WriteLine("  the cost of the extra hop; gateway / bare is what the gateway's own work (token check, limits,");
        Console.WriteLine("  middleware, service discovery) adds to plain YARP. No process here exports telemetry, so none builds");
        Console.WriteLine("  spans or metrics (they are built only for an OTLP endpoint). Proxy CPU per request is the processor");
        Console.WriteLine("  time the proxy's own process spent per request served (best run): what each request costs it, which");
        Console.WriteLine("  other load on the machine hardly changes.");

        if (summaries.Any(summary => summary.Errors > 0))
        {
            Console.WriteLine();
            Console.WriteLine("  WARNING: some requests failed; failed requests are cheaper than reads, so the figures are suspect.");
        }

        Console.WriteLine();
        Console.WriteLine($"Command: {command}");
    }

    private static string Microseconds(double value) => value.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " µs";

    private static TargetSummary Find(IReadOnlyList<TargetSummary> summaries, string name) =>
        summaries.Single(summary => summary.Name == name);

    private static void PrintRatio(string label, TargetSummary over, TargetSummary under, RatioTarget? target)
    {
        var throughput = over.RequestsPerSecond / under.RequestsPerSecond;
        var p99 = over.P99.TotalMilliseconds / under.P99.TotalMilliseconds;
        var verdict = target is null ? string.Empty : $"{target.Describe()}: {(target.IsMet(throughput, p99) ? "met" : "MISSED")}";
        Console.WriteLine($"  {label,-22} {Figures.Ratio(throughput),12} {Figures.Ratio(p99),12}   {verdict}");
    }
}

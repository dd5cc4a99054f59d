namespace Social.EngagementBenchmarks;

/// <summary>
/// The final table: every measurement, then the ratios the issue sets targets for (viral / ordinary likes, page 50 /
/// page 1, at most 1.5 for every figure) and the gateway's likes against a bare YARP route. Targets are informative:
/// they set no exit code.
/// </summary>
internal static class EngagementReport
{
    public const double Target = 1.5;

    public static void Print(EngagementResults results, EngagementBenchmarkOptions options, string command, ILoadGenerator generator)
    {
        var (plan, measured, _, feedLoad) = results;
        Console.WriteLine();
        Console.WriteLine($"Results: best of {options.Rounds} interleaved round(s) of {options.Duration.TotalSeconds:0} s each");
        var threads = generator is WrkLoadGenerator ? $", {options.Threads} threads" : string.Empty;
        Console.WriteLine($"  HTTP:   through the gateway (and a bare YARP route for the baseline), {generator.Name}, {options.Connections} connections{threads}");
        Console.WriteLine($"  likes:  PUT then DELETE /api/v1/content/{{id}}/like, each of {Figures.Count(options.Likers)} users in turn: every request is a write");
        Console.WriteLine($"  gRPC:   {feedLoad}");
        Console.WriteLine(
            $"  items:  viral {Figures.Count(plan.ViralLikes)} likes, {Figures.Count(plan.ViralComments)} comments; "
            + $"ordinary {Figures.Count(plan.OrdinaryLikes)} likes, {Figures.Count(plan.OrdinaryComments)} comments");
        Console.WriteLine();

        var rows = measured.All;
        var width = Math.Max("measurement".Length, rows.Max(row => row.Name.Length));
        Console.WriteLine($"  {"measurement".PadRight(width)} {"requests/s",12} {"p50",12} {"p99",12} {"total reqs",12} {"errors",8}");
        foreach (var row in rows)
        {
            var summary = results.Of(row);
            Console.WriteLine(
                $"  {row.Name.PadRight(width)} {Figures.Throughput(summary.RequestsPerSecond),12} {Figures.Latency(summary.P50),12} "
                + $"{Figures.Latency(summary.P99),12} {Figures.Count(summary.Requests),12} {Figures.Count(summary.Errors),8}");
        }

        Console.WriteLine();
        Console.WriteLine($"  Cost ratios, target at most {Figures.Ratio(Target)} for every figure");
        Console.WriteLine("  (throughput as cheap / costly, so for every figure above 1 means the costly side costs more):");
        Console.WriteLine($"  {"comparison".PadRight(width)} {"throughput",15} {"p50",15} {"p99",15}");
        PrintRatio("like+unlike, viral / ordinary", results.Of(measured.ViralLikes), results.Of(measured.OrdinaryLikes), width);
        PrintRatio($"comments, page {CommentPages.DeepPage} / page 1", results.Of(measured.DeepPage), results.Of(measured.FirstPage), width);

        var (gateway, bare) = (results.Of(measured.ViralLikes), results.Of(measured.BareLikes));
        Console.WriteLine();
        Console.WriteLine(
            $"  Likes sustained on the viral item: {Figures.Throughput(gateway.RequestsPerSecond)}/s through the gateway, "
            + $"{Figures.Throughput(bare.RequestsPerSecond)}/s through a bare YARP route: gateway / bare {Figures.Ratio(gateway.RequestsPerSecond / bare.RequestsPerSecond)} "
            + $"(p99 {Figures.Ratio(gateway.P99.TotalMilliseconds / bare.P99.TotalMilliseconds)})");
        Console.WriteLine($"  GetEngagement of {EngagementBenchmarkRun.FeedPage} items: p99 {Figures.Latency(results.Of(measured.Feed).P99)}");
        Console.WriteLine();
        Console.WriteLine("  The bare route is YARP with one catch-all route to Engagement and nothing else, in this process; the gateway adds");
        Console.WriteLine("  its rate limiter (with budgets no run exhausts), telemetry, forwarded headers and its JSON error handling.");
        Console.WriteLine("  Each figure is the best over the rounds; total reqs and errors add up every measured run.");
        Console.WriteLine("  PASS / over compare with the target and are informative: they do not change the exit code.");
        if (rows.Any(row => results.Of(row).Errors > 0))
        {
            Console.WriteLine();
            Console.WriteLine("  WARNING: some requests failed; failed requests are cheaper than the work measured, so the figures are suspect.");
        }

        Console.WriteLine();
        Console.WriteLine($"Command: {command}");
    }

    private static void PrintRatio(string label, TargetSummary costly, TargetSummary cheap, int width) =>
        Console.WriteLine(
            $"  {label.PadRight(width)} {Verdict(cheap.RequestsPerSecond / costly.RequestsPerSecond),15} "
            + $"{Verdict(costly.P50.TotalMilliseconds / cheap.P50.TotalMilliseconds),15} "
            + $"{Verdict(costly.P99.TotalMilliseconds / cheap.P99.TotalMilliseconds),15}");

    private static string Verdict(double ratio) => $"{Figures.Ratio(ratio)} {(ratio <= Target ? "PASS" : "over")}";
}

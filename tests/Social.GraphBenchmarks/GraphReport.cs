namespace Social.GraphBenchmarks;

/// <summary>
/// The final table: each measurement for the celebrity and the ordinary user, and how much more the celebrity costs,
/// against the issue's target (at most 1.5 times, for every figure). The target is informative: it sets no exit code.
/// </summary>
internal static class GraphReport
{
    public const double Target = 1.5;

    public static void Print(GraphResults measured, GraphBenchmarkOptions options, string command, ILoadGenerator generator)
    {
        var (plan, results, overallCheck, checkLoadName) = measured;
        Console.WriteLine();
        Console.WriteLine($"Results: best of {options.Rounds} interleaved round(s) of {options.Duration.TotalSeconds:0} s each");
        var threads = generator is WrkLoadGenerator ? $", {options.Threads} threads" : string.Empty;
        Console.WriteLine($"  lists:  GET /api/v1/users/{{id}}/followers directly at Graph (JSON), {generator.Name}, {options.Connections} connections{threads}");
        Console.WriteLine($"  Check:  action view, viewer -> user, over gRPC directly at Graph, {checkLoadName}");
        Console.WriteLine(
            $"  users:  celebrity {Figures.Count(plan.CelebrityFollowers)} followers, ordinary {Figures.Count(plan.OrdinaryFollowers)} followers; "
            + "the viewer follows neither (both are public, so view is allowed)");
        Console.WriteLine();

        var width = Math.Max("measurement".Length, results.Max(result => result.Comparison.Label.Length));
        Console.WriteLine($"  {"measurement".PadRight(width)} {"user",-10} {"requests/s",12} {"p50",12} {"p99",12} {"total reqs",12} {"errors",8}");
        foreach (var (comparison, celebrity, ordinary) in results)
        {
            PrintRow(comparison.Label, "celebrity", celebrity, width);
            PrintRow(string.Empty, "ordinary", ordinary, width);
        }

        PrintRow("Check view, all callers", "both", overallCheck, width);

        Console.WriteLine();
        Console.WriteLine($"  Cost ratio celebrity / ordinary, target at most {Figures.Ratio(Target)} for every figure");
        Console.WriteLine("  (throughput as ordinary / celebrity, so for every figure above 1 means the celebrity costs more):");
        Console.WriteLine($"  {"measurement".PadRight(width)} {"throughput",15} {"p50",15} {"p99",15}");
        foreach (var (comparison, celebrity, ordinary) in results)
        {
            Console.WriteLine(
                $"  {comparison.Label.PadRight(width)} {Verdict(ordinary.RequestsPerSecond / celebrity.RequestsPerSecond),15} "
                + $"{Verdict(celebrity.P50.TotalMilliseconds / ordinary.P50.TotalMilliseconds),15} "
                + $"{Verdict(celebrity.P99.TotalMilliseconds / ordinary.P99.TotalMilliseconds),15}");
        }

        Console.WriteLine();
        Console.WriteLine($"  Page {FollowerPages.DeepPage} is read {FollowerPages.DeepLimit} at a time for both users: the ordinary user's "
            + $"{plan.OrdinaryFollowers} followers make only {plan.OrdinaryFollowers / FollowerPages.FirstLimit} pages of {FollowerPages.FirstLimit},");
        Console.WriteLine($"  and the same page size keeps the comparison fair. Its URL was reached by following nextCursor {FollowerPages.DeepPage - 1} times.");
        Console.WriteLine($"  Check, all callers: half the callers ask about each user at once; its throughput is Graph's overall Check rate.");
        Console.WriteLine("  Each figure is the best over the rounds; total reqs and errors add up every measured run.");
        Console.WriteLine("  PASS / over compare with the target and are informative: they do not change the exit code.");
        if (results.Any(result => result.Celebrity.Errors > 0 || result.Ordinary.Errors > 0) || overallCheck.Errors > 0)
        {
            Console.WriteLine();
            Console.WriteLine("  WARNING: some requests failed; failed requests are cheaper than reads, so the figures are suspect.");
        }

        Console.WriteLine();
        Console.WriteLine($"Command: {command}");
    }

    private static void PrintRow(string label, string user, TargetSummary summary, int width) =>
        Console.WriteLine(
            $"  {label.PadRight(width)} {user,-10} {Figures.Throughput(summary.RequestsPerSecond),12} {Figures.Latency(summary.P50),12} "
            + $"{Figures.Latency(summary.P99),12} {Figures.Count(summary.Requests),12} {Figures.Count(summary.Errors),8}");

    private static string Verdict(double ratio) => $"{Figures.Ratio(ratio)} {(ratio <= Target ? "PASS" : "over")}";
}

using Social.Story.Domain.Stories;
using Social.Testing.Benchmarking;

namespace Social.StoryBenchmarks;

/// <summary>
/// Seeds the world, then measures each case in a closed loop (every latency recorded) and prints p50 / p99 with the
/// ratios the issue sets targets for: a tray page (the API's default 20) for 2,000 follows vs 20 (≤ 2) and the
/// celebrity's post vs an ordinary one (independent of follower count); beside them the whole tray paged through, and
/// what an ordinary post with 1,000 followers costs its poster and the fan-out in all. The tray ratio is printed twice:
/// against the viewer whose 20 accounts include 5 with stories (a page of 5 owners, against the wide viewer's 20), and
/// against the viewer whose 20 accounts all have stories (both first pages full, the like-for-like comparison). Every
/// viewer reads through the same code path.
/// </summary>
internal static class StoryBenchmarkRun
{
    private const string Media = "https://cdn.example.com/s.jpg";

    public static async Task ExecuteAsync(StoryBenchmarkOptions options, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Story benchmark: {options.Duration.TotalSeconds:0} s per case, {options.Callers} callers, in process over SQLite.");
        Console.WriteLine("Seeding …");
        await using var world = await StoryWorld.SeedAsync(options, cancellationToken);

        var callsBefore = world.Graph.Calls;
        await world.Tray.ReadAsync(world.WideViewer, null, 20, cancellationToken);
        Console.WriteLine($"One tray page of the viewer following 2,000 asks Graph {world.Graph.Calls - callsBefore} times.");
        await TrayStages.PrintAsync(world, "following 2,000", world.WideViewer, cancellationToken);
        await TrayStages.PrintAsync(world, "following 20, 5 with stories", world.NarrowViewer, cancellationToken);
        await TrayStages.PrintAsync(world, "following 20, all with stories", world.FullNarrowViewer, cancellationToken);

        var wide = await MeasureAsync("tray, following 2,000 (500 with stories)", options, ct => world.Tray.ReadAsync(world.WideViewer, null, 20, ct), cancellationToken);
        var narrow = await MeasureAsync("tray, following 20 (5 with stories)", options, ct => world.Tray.ReadAsync(world.NarrowViewer, null, 20, ct), cancellationToken);
        var fullNarrow = await MeasureAsync(
            "tray, following 20 (all 20 with stories)", options, ct => world.Tray.ReadAsync(world.FullNarrowViewer, null, 20, ct), cancellationToken);
        await MeasureAsync("whole tray, following 2,000 (5 pages of 100)", options, ct => WholeTrayAsync(world, world.WideViewer, ct), cancellationToken);
        await MeasureAsync("whole tray, following 20 (1 page of 100)", options, ct => WholeTrayAsync(world, world.NarrowViewer, ct), cancellationToken);
        var celebrity = await MeasureAsync(
            $"post, {Figures.Count(options.CelebrityFollowers)} followers (broadcast)", options, ct => world.Posting.PostAsync(world.Celebrity, Draft, null, ct), cancellationToken);
        var ordinary = await MeasureAsync(
            "post, 10 followers", options, ct => world.Posting.PostAsync(world.NextOrdinary(), Draft, null, ct), cancellationToken);
        await MeasureAsync(
            "post, 1,000 followers (first 500 in the post)", options, ct => world.Posting.PostAsync(world.NextThousandOwner(), Draft, null, ct), cancellationToken);
        await world.FanOut.RunUntilIdleAsync(cancellationToken);
        await MeasureAsync("post + whole fan-out, 1,000 followers", options, async ct =>
        {
            await world.Posting.PostAsync(world.NextThousandOwner(), Draft, null, ct);
            await world.FanOut.RunUntilIdleAsync(ct);
            return true;
        }, cancellationToken);
        await MeasureAsync(
            $"viewer list, first page of {Figures.Count(options.Viewers)}", options, ct => world.Viewing.ViewersAsync(world.Owner, world.WatchedStory, null, 20, ct), cancellationToken);
        await MeasureAsync(
            "viewer list, a page halfway down", options, ct => world.Viewing.ViewersAsync(world.Owner, world.WatchedStory, world.HalfwayView, 20, ct), cancellationToken);

        Console.WriteLine();
        Console.WriteLine(
            $"tray 2,000 / 20, both pages full (20 of 20 with stories):   p50 {Figures.Ratio(wide.P50 / fullNarrow.P50)}   p99 {Figures.Ratio(wide.P99 / fullNarrow.P99)}   (target ≤ 2)");
        Console.WriteLine(
            $"tray 2,000 / 20, unequal pages (5 of 20 with stories):   p50 {Figures.Ratio(wide.P50 / narrow.P50)}   p99 {Figures.Ratio(wide.P99 / narrow.P99)}");
        Console.WriteLine($"post celebrity / ordinary:   p50 {Figures.Ratio(celebrity.P50 / ordinary.P50)}   p99 {Figures.Ratio(celebrity.P99 / ordinary.P99)}   (target: independent of followers)");
    }

    private static StoryDraft Draft => new(Media, null, null, []);

    /// <summary>Every page of the tray, 100 entries a page (the API's largest), as a client listing it all would read it.</summary>
    private static async Task<int> WholeTrayAsync(StoryWorld world, Guid viewer, CancellationToken cancellationToken)
    {
        var count = 0;
        Social.Story.Domain.Tray.TrayPosition? next = null;
        do
        {
            var page = await world.Tray.ReadAsync(viewer, next, 100, cancellationToken);
            count += page.Items.Count;
            next = page.Next;
        }
        while (next is not null);

        return count;
    }

    private static async Task<LoadResult> MeasureAsync<T>(
        string what, StoryBenchmarkOptions options, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        // A short warm-up first: JIT and SQLite's page cache, so the figures are steady-state.
        await ClosedLoop.RunAsync(1, TimeSpan.FromSeconds(1), async (_, ct) => { await call(ct); return true; }, what, cancellationToken);
        var result = await ClosedLoop.RunAsync(options.Callers, options.Duration, async (_, ct) => { await call(ct); return true; }, what, cancellationToken);
        Console.WriteLine($"{what,-45} {Figures.Run(result)}");
        return result;
    }
}

using System.Diagnostics;
using Social.Relationships;

namespace Social.StoryBenchmarks;

/// <summary>Where one tray's time goes, stage by stage, for the viewer following 2,000 (one caller, the median of 20 runs).</summary>
internal static class TrayStages
{
    public static async Task PrintAsync(StoryWorld world, CancellationToken cancellationToken)
    {
        var following = new GraphFollowing(world.Graph);
        var relationships = new GraphRelationships(world.Graph);
        var stages = new Dictionary<string, List<double>>();
        for (var run = 0; run < 20; run++)
        {
            var clock = Stopwatch.StartNew();
            var followed = await following.OfAsync(world.WideViewer, cancellationToken);
            Record(stages, "following ids", clock);
            var live = new List<Social.Story.Domain.Stories.StoryRecord>();
            foreach (var owners in followed.Chunk(500))
            {
                live.AddRange(await world.Store.LiveStoriesAsync(owners, DateTimeOffset.UtcNow, cancellationToken));
            }

            Record(stages, $"live stories ({live.Count})", clock);
            await relationships.OfAsync(world.WideViewer, [.. live.Select(s => s.OwnerId).Distinct()], cancellationToken);
            Record(stages, "relationships", clock);
            await world.Store.SeenSinceAsync(world.WideViewer, DateTimeOffset.UtcNow.AddDays(-1), cancellationToken);
            Record(stages, "seen marks", clock);
        }

        Console.WriteLine("One tray (2,000 follows), stage medians: " + string.Join(
            ", ", stages.Select(stage => $"{stage.Key} {stage.Value.Order().ElementAt(stage.Value.Count / 2):0.00} ms")));
    }

    private static void Record(Dictionary<string, List<double>> stages, string stage, Stopwatch clock)
    {
        if (!stages.TryGetValue(stage, out var times))
        {
            stages[stage] = times = [];
        }

        times.Add(clock.Elapsed.TotalMilliseconds);
        clock.Restart();
    }
}

using System.Diagnostics;
using Social.Relationships;

namespace Social.StoryBenchmarks;

/// <summary>
/// Where one tray page's time goes, stage by stage, for each viewer (one caller, the median of 50 runs): the broadcasts
/// query, the viewer's stored rows, the page owners' live stories, the seen marks, and Graph's relationships for them.
/// </summary>
internal static class TrayStages
{
    public static async Task PrintAsync(StoryWorld world, string who, Guid viewer, CancellationToken cancellationToken)
    {
        var relationships = new GraphRelationships(world.Graph);
        var stages = new Dictionary<string, List<double>>();
        for (var run = 0; run < 50; run++)
        {
            var now = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var broadcasters = await world.Store.BroadcastingOwnersAsync(now, cancellationToken);
            Record(stages, $"broadcasts ({broadcasters.Count})", clock);
            var rows = await world.Store.ListTrayRowsAsync(viewer, null, 22, cancellationToken);
            Record(stages, $"stored rows ({rows.Count})", clock);
            var owners = rows.Select(row => row.OwnerId).Distinct().ToList();
            var live = await world.Store.LiveStoriesAsync(owners, now, cancellationToken);
            Record(stages, $"live stories ({live.Count})", clock);
            await world.Store.SeenAsync(viewer, [.. live.Select(story => story.StoryId)], cancellationToken);
            Record(stages, "seen marks", clock);
            await relationships.OfAsync(viewer, [.. owners.Concat(broadcasters)], cancellationToken);
            Record(stages, "relationships", clock);
        }

        Console.WriteLine($"One tray page ({who}), stage medians: " + string.Join(
            ", ", stages.Select(stage => $"{stage.Key} {stage.Value.Order().ElementAt(stage.Value.Count / 2):0.000} ms")));
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

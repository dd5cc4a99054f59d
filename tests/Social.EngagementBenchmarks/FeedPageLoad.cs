using System.Globalization;
using Grpc.Core;
using Social.Contracts.Engagement.V1;

namespace Social.EngagementBenchmarks;

/// <summary>
/// Closed-loop <c>GetEngagement</c> calls for one feed page of items, from this process: each caller sends its next
/// call as soon as the last one answered. A call that fails or leaves an item out counts as an error: it would be a
/// cheaper path than the one measured.
/// </summary>
internal sealed class FeedPageLoad(EngagementGrpc engagement, int callers, GetEngagementRequest request)
{
    public string Describe() =>
        $"{callers.ToString(CultureInfo.InvariantCulture)} in-process gRPC callers (Grpc.Net.Client, one h2c channel), "
        + $"GetEngagement of {request.ContentIds.Count.ToString(CultureInfo.InvariantCulture)} items for viewer {request.ViewerId}";

    /// <summary>Checks once that the page answers every item, with the counts <paramref name="expected"/> names.</summary>
    public async Task RequireAsync(IReadOnlyDictionary<string, (long Likes, long Comments)> expected, CancellationToken cancellationToken)
    {
        var response = await engagement.Client.GetEngagementAsync(request, engagement.Headers, EngagementGrpc.Deadline(), cancellationToken);
        if (response.Items.Count != request.ContentIds.Count)
        {
            throw new BenchmarkFailedException($"GetEngagement answered {response.Items.Count} of {request.ContentIds.Count} items.");
        }

        foreach (var item in response.Items.Where(item => expected.ContainsKey(item.ContentId)))
        {
            var (likes, comments) = expected[item.ContentId];
            // The run's own likers may have left a few likes on the item; seeded ones are all still there.
            if (item.LikesCount < likes || item.CommentsCount != comments)
            {
                throw new BenchmarkFailedException($"GetEngagement reports {item.LikesCount} likes and {item.CommentsCount} comments on {item.ContentId}; {likes} and {comments} were seeded.");
            }
        }

        Console.WriteLine($"  GetEngagement of {response.Items.Count} items answers every item, the viral and the ordinary one with their seeded counts");
    }

    public Task<LoadResult> RunAsync(TimeSpan duration, CancellationToken cancellationToken) =>
        ClosedLoop.RunAsync(
            callers,
            duration,
            async (_, token) =>
            {
                try
                {
                    using var call = engagement.Client.GetEngagementAsync(request, engagement.Headers, EngagementGrpc.Deadline(), token);
                    return (await call.ResponseAsync).Items.Count == request.ContentIds.Count;
                }
                catch (RpcException)
                {
                    // Ctrl+C ends the run rather than counting as errors.
                    token.ThrowIfCancellationRequested();
                    return false;
                }
            },
            "Engagement's GetEngagement",
            cancellationToken);
}

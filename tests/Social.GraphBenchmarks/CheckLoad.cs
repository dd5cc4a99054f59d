using System.Globalization;
using Grpc.Core;
using Social.Contracts.Graph.V1;

namespace Social.GraphBenchmarks;

/// <summary>
/// Closed-loop Check calls from this process: each caller sends its next call as soon as the last one answered. A call
/// that fails or is not allowed counts as an error: it would be a cheaper path than the one measured.
/// </summary>
internal sealed class CheckLoad(GraphGrpc graph, int callers)
{
    public string Name => $"{callers.ToString(CultureInfo.InvariantCulture)} in-process gRPC callers (Grpc.Net.Client, one h2c channel)";

    public string Describe(IReadOnlyList<CheckRequest> requests) =>
        $"{callers.ToString(CultureInfo.InvariantCulture)} callers, Check "
        + string.Join(" | ", requests.Select(request => $"{request.Action} {request.ActorId} -> {request.TargetId}"));

    /// <summary>Caller i always sends <c>requests[i % count]</c>: with two requests, half the callers ask about each.</summary>
    public Task<LoadResult> RunAsync(IReadOnlyList<CheckRequest> requests, TimeSpan duration, CancellationToken cancellationToken) =>
        ClosedLoop.RunAsync(
            callers,
            duration,
            async (caller, token) =>
            {
                try
                {
                    using var call = graph.Client.CheckAsync(requests[caller % requests.Count], graph.Headers, GraphGrpc.Deadline(), token);
                    var response = await call.ResponseAsync;
                    return response.Allowed;
                }
                catch (RpcException)
                {
                    // Ctrl+C ends the run rather than counting as errors.
                    token.ThrowIfCancellationRequested();
                    return false;
                }
            },
            "Graph's Check",
            cancellationToken);
}

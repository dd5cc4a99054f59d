using Grpc.Core;
using Grpc.Net.Client;
using Social.Contracts.Graph.V1;
using Social.Testing;

namespace Social.GraphBenchmarks;

/// <summary>
/// A gRPC connection to Graph's h2c endpoint as an internal caller: every call carries the client-credentials token
/// in its headers. One channel multiplexes all concurrent calls, as a service's pooled client does.
/// </summary>
internal sealed class GraphGrpc : IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private readonly GrpcChannel _channel;

    public GraphGrpc(Uri grpcAddress, string internalToken)
    {
        _channel = GrpcChannel.ForAddress(grpcAddress, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                // More connections only when one runs out of concurrent streams.
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                UseProxy = false,
            },
        });
        Client = new GraphService.GraphServiceClient(_channel);
        Headers = InternalCaller.Bearer(internalToken);
    }

    public GraphService.GraphServiceClient Client { get; }

    public Metadata Headers { get; }

    /// <summary>A deadline per call: a stalled call counts as an error (as wrk's timeout) instead of stalling the run.</summary>
    public static DateTime Deadline() => DateTime.UtcNow + CallTimeout;

    /// <summary>Waits until Graph has consumed the AccountCreated event of <paramref name="userId"/>.</summary>
    public async Task WaitForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var request = new GetGraphUserRequest { UserId = userId.ToString() };
        try
        {
            await Eventually.ReturnsAsync(
                () => GrpcLookups.OrNullIfNotFoundAsync(() => Client.GetUserAsync(request, Headers, Deadline(), cancellationToken).ResponseAsync),
                user => user is not null,
                TimeSpan.FromSeconds(60),
                $"Graph to learn of user {userId} (AccountCreated)");
        }
        catch (TimeoutException exception)
        {
            throw new BenchmarkFailedException(exception.Message, exception);
        }

        Console.WriteLine($"  Graph knows user {userId} (AccountCreated consumed)");
    }

    /// <summary>Graph's own view of a seeded user: its stored follower count must be what was seeded.</summary>
    public async Task RequireFollowersAsync(Guid userId, string handle, long expected, CancellationToken cancellationToken)
    {
        var user = await Client.GetUserAsync(new GetGraphUserRequest { UserId = userId.ToString() }, Headers, Deadline(), cancellationToken);
        if (user.Handle != handle || user.FollowersCount != expected)
        {
            throw new BenchmarkFailedException($"Graph reports {user.Handle} with {user.FollowersCount} followers; {handle} with {expected} was seeded.");
        }

        Console.WriteLine($"  GetUser {handle,-16} -> {Figures.Count(user.FollowersCount)} followers");
    }

    /// <summary>Measuring refusals would measure a cheaper path than the one asked about.</summary>
    public async Task RequireAllowedAsync(CheckRequest request, string label, CancellationToken cancellationToken)
    {
        var response = await Client.CheckAsync(request, Headers, Deadline(), cancellationToken);
        if (!response.Allowed)
        {
            throw new BenchmarkFailedException($"Check {request.Action} {label} answered '{response.Reason}', not allowed.");
        }

        Console.WriteLine($"  Check {request.Action} {label,-20} -> allowed");
    }

    public void Dispose() => _channel.Dispose();
}

using Grpc.Core;
using Social.Contracts.Graph.V1;
using Social.Testing;

namespace Social.GraphBenchmarks;

/// <summary>Graph's internal RPCs over one <see cref="InternalGrpcChannel"/>.</summary>
internal sealed class GraphGrpc : IDisposable
{
    private readonly InternalGrpcChannel _connection;

    public GraphGrpc(Uri grpcAddress, string internalToken)
    {
        _connection = new InternalGrpcChannel(grpcAddress, internalToken);
        Client = new GraphService.GraphServiceClient(_connection.Channel);
    }

    public GraphService.GraphServiceClient Client { get; }

    public Metadata Headers => _connection.Headers;

    public static DateTime Deadline() => InternalGrpcChannel.Deadline();

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

    public void Dispose() => _connection.Dispose();
}

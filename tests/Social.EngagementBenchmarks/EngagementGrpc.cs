using Grpc.Core;
using Social.Contracts.Engagement.V1;

namespace Social.EngagementBenchmarks;

/// <summary>Engagement's internal RPCs (the video team's feed) over one <see cref="InternalGrpcChannel"/>.</summary>
internal sealed class EngagementGrpc : IDisposable
{
    private readonly InternalGrpcChannel _connection;

    public EngagementGrpc(Uri grpcAddress, string internalToken)
    {
        _connection = new InternalGrpcChannel(grpcAddress, internalToken);
        Client = new EngagementService.EngagementServiceClient(_connection.Channel);
    }

    public EngagementService.EngagementServiceClient Client { get; }

    public Metadata Headers => _connection.Headers;

    public static DateTime Deadline() => InternalGrpcChannel.Deadline();

    public void Dispose() => _connection.Dispose();
}

using Grpc.Core;
using Grpc.Net.Client;
using Social.Contracts.Engagement.V1;
using Social.Testing;

namespace Social.EngagementBenchmarks;

/// <summary>
/// A gRPC connection to Engagement's h2c endpoint as an internal caller (the video team's feed): every call carries
/// the client-credentials token. One channel multiplexes all concurrent calls, as a service's pooled client does.
/// </summary>
internal sealed class EngagementGrpc : IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    private readonly GrpcChannel _channel;

    public EngagementGrpc(Uri grpcAddress, string internalToken)
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
        Client = new EngagementService.EngagementServiceClient(_channel);
        Headers = InternalCaller.Bearer(internalToken);
    }

    public EngagementService.EngagementServiceClient Client { get; }

    public Metadata Headers { get; }

    /// <summary>A deadline per call: a stalled call counts as an error (as wrk's timeout) instead of stalling the run.</summary>
    public static DateTime Deadline() => DateTime.UtcNow + CallTimeout;

    public void Dispose() => _channel.Dispose();
}

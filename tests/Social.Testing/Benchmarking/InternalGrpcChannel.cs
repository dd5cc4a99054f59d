using Grpc.Core;
using Grpc.Net.Client;

namespace Social.Testing.Benchmarking;

/// <summary>
/// A gRPC connection to a service's h2c endpoint as an internal caller: every call carries the client-credentials
/// token in its headers. One channel multiplexes all concurrent calls, as a service's pooled client does.
/// </summary>
public sealed class InternalGrpcChannel : IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(5);

    public InternalGrpcChannel(Uri grpcAddress, string internalToken)
    {
        Channel = GrpcChannel.ForAddress(grpcAddress, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                // More connections only when one runs out of concurrent streams.
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                UseProxy = false,
            },
        });
        Headers = InternalCaller.Bearer(internalToken);
    }

    public GrpcChannel Channel { get; }

    public Metadata Headers { get; }

    /// <summary>A deadline per call: a stalled call counts as an error (as wrk's timeout) instead of stalling the run.</summary>
    public static DateTime Deadline() => DateTime.UtcNow + CallTimeout;

    public void Dispose() => Channel.Dispose();
}

using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// Answers a failed call to another service as this service's own "unavailable, try again". Passed on as it came, the
/// other service's status would tell clients internal addresses and exception text ("Error starting gRPC call …
/// (graph:5111)"), or turn its refusal of this service's credentials into the client's 403. The original is logged.
/// Errors this service decided itself (<see cref="RpcErrors"/>, including <see cref="RpcErrors.Relay"/>) go out as
/// they are.
/// </summary>
internal sealed partial class DownstreamErrorShield(ILogger<DownstreamErrorShield> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (RpcException exception) when (IsDownstream(exception, context))
        {
            throw Unavailable(exception, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (RpcException exception) when (IsDownstream(exception, context))
        {
            throw Unavailable(exception, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (RpcException exception) when (IsDownstream(exception, context))
        {
            throw Unavailable(exception, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (RpcException exception) when (IsDownstream(exception, context))
        {
            throw Unavailable(exception, context);
        }
    }

    /// <summary>
    /// Not decided here, and not this call's own cancellation (the caller went away: nobody reads the answer).
    /// </summary>
    private static bool IsDownstream(RpcException exception, ServerCallContext context) =>
        exception is not DecidedRpcException && !(exception.StatusCode == StatusCode.Cancelled && context.CancellationToken.IsCancellationRequested);

    private RpcException Unavailable(RpcException downstream, ServerCallContext context)
    {
        DownstreamCallFailed(downstream, context.Method, downstream.StatusCode);
        return RpcErrors.DownstreamUnavailable();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} failed on a call to another service ({StatusCode}); answered as unavailable")]
    private partial void DownstreamCallFailed(Exception exception, string method, StatusCode statusCode);
}

using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Telemetry;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// A token bucket per internal caller, keyed by its client id (the subject of its client-credentials token). Users are
/// limited at the gateway; internal callers reach services directly, so each service instance limits them itself. A
/// refused call gets <c>RESOURCE_EXHAUSTED</c> and is counted in <c>social.internal_callers.rate_limit.refusals</c>.
/// </summary>
internal sealed class InternalCallerRateLimit : Interceptor, IDisposable
{
    private static readonly Counter<long> Refusals = SocialTelemetry.Meter.CreateCounter<long>(
        "social.internal_callers.rate_limit.refusals", unit: "{call}", description: "Calls of internal callers refused by their rate limit");

    private readonly PartitionedRateLimiter<string> _limiter;

    public InternalCallerRateLimit(IOptions<InternalCallerLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.PermitLimit,
                TokensPerPeriod = limits.PermitLimit,
                ReplenishmentPeriod = limits.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(requestStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Admit(context);
        return continuation(requestStream, responseStream, context);
    }

    public void Dispose() => _limiter.Dispose();

    private void Admit(ServerCallContext context)
    {
        var user = context.GetHttpContext().User;
        if (!user.HasScope(SocialAuth.InternalScope) || user.FindFirst(CallerIdentity.SubjectClaim)?.Value is not { } client)
        {
            return;
        }

        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return;
        }

        Refusals.Add(1, new KeyValuePair<string, object?>("client", client));
        throw RpcErrors.Create(Google.Rpc.Code.ResourceExhausted, ErrorCodes.RateLimited,
            "Too many calls from this client; slow down and retry shortly.");
    }
}

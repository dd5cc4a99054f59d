using Yarp.ReverseProxy.Forwarder;

namespace Social.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Forwarding on route {RouteId} failed: {Error}")]
    public static partial void ForwardingFailed(ILogger logger, string? routeId, ForwarderError error, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenAPI document of service {Service} is unavailable: {Reason}")]
    public static partial void OpenApiUnavailable(ILogger logger, string service, string reason);

    // Debug: under a flood every refusal would be a line; GatewayMetrics counts them by limit.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Request refused by the {Limit} rate limit")]
    public static partial void RateLimited(ILogger logger, string limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared rate-limit counters (Redis) are unreachable ({Operation}): this instance counts its limits on its own until they are back")]
    public static partial void SharedCountersUnavailable(ILogger logger, string operation, Exception? exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The shared rate-limit counters (Redis) are reachable again")]
    public static partial void SharedCountersRestored(ILogger logger);
}

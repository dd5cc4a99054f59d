using Microsoft.Extensions.Logging;

namespace Social.AppHost;

internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Social gateway ready: {Url} (API docs: {Url}/docs)")]
    public static partial void Ready(ILogger logger, string url);
}

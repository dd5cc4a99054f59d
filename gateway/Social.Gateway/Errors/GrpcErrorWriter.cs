using System.Globalization;

namespace Social.Gateway.Errors;

/// <summary>
/// Errors for gRPC callers, as a trailers-only response (https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md):
/// gRPC clients read grpc-status, not a JSON body.
/// </summary>
internal static class GrpcErrorWriter
{
    /// <summary>RESOURCE_EXHAUSTED: what a gRPC caller over a rate limit is told, so it backs off rather than retrying.</summary>
    public const int ResourceExhausted = 8;

    public static bool IsGrpcRequest(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static void Write(HttpResponse response, int httpStatusCode, string message) =>
        WriteStatus(response, GrpcStatusFor(httpStatusCode), message);

    /// <summary>A gRPC status the gateway chooses itself, where the HTTP mapping would be less precise.</summary>
    public static void WriteStatus(HttpResponse response, int grpcStatus, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = grpcStatus.ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }

    // The mapping gRPC clients apply to HTTP statuses, so a caller sees the same code either way.
    private static int GrpcStatusFor(int httpStatusCode) => httpStatusCode switch
    {
        StatusCodes.Status400BadRequest => 13,
        StatusCodes.Status401Unauthorized => 16,
        StatusCodes.Status403Forbidden => 7,
        StatusCodes.Status404NotFound => 12,
        StatusCodes.Status413PayloadTooLarge => 8,
        StatusCodes.Status429TooManyRequests or StatusCodes.Status502BadGateway
            or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout => 14,
        _ => 2,
    };
}

using Microsoft.AspNetCore.WebUtilities;
using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Errors;

/// <summary>The public error for a bare HTTP status, when nothing more precise is known (an empty or foreign error body).</summary>
internal static class HttpStatusErrors
{
    public static ErrorResponse For(int statusCode) => new(CodeFor(statusCode), MessageFor(statusCode));

    private static string CodeFor(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.InvalidArgument,
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => ErrorCodes.PermissionDenied,
        StatusCodes.Status404NotFound => ErrorCodes.RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => GatewayErrorCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => GatewayErrorCodes.ResourceExhausted,
        StatusCodes.Status501NotImplemented => GatewayErrorCodes.Unimplemented,
        StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout
            => ErrorCodes.ServiceUnavailable,
        >= 500 => ErrorCodes.Internal,
        _ => GatewayErrorCodes.BadRequest,
    };

    private static string MessageFor(int statusCode) =>
        ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? $"{phrase}." : "The request failed.";
}

using Social.ServiceDefaults.Grpc;

namespace Social.Gateway.Errors;

/// <summary>The 413 answer, and recognising the server's refusal of an oversized body however deep it is wrapped.</summary>
internal static class BodyTooLarge
{
    public static ErrorResponse Error { get; } =
        new(ErrorCodes.PayloadTooLarge, $"Request bodies are limited to {GrpcApiExtensions.MaxRequestBytes} bytes (1 MiB).");

    public static bool IsCause(Exception? exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsCause),
        { InnerException: { } inner } => IsCause(inner),
        _ => false,
    };
}

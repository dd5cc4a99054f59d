using System.Text.Json;

namespace Social.Gateway.Errors;

/// <summary>Writes the public error body; gRPC callers get the equivalent grpc-status instead.</summary>
internal static class ErrorWriter
{
    public const string JsonContentType = "application/json";

    /// <summary>Replaces whatever response was pending with the error; too late once the response has started.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, ErrorResponse error)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.Clear();
        if (GrpcErrorWriter.IsGrpcRequest(context.Request))
        {
            GrpcErrorWriter.Write(context.Response, statusCode, error.Message);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = statusCode;
        return WriteBodyAsync(context.Response, error, context.RequestAborted);
    }

    /// <summary>Writes the body with its exact Content-Length; the status is the caller's.</summary>
    public static async Task WriteBodyAsync(HttpResponse response, ErrorResponse error, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(error, GatewayJsonContext.Default.ErrorResponse);
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }
}

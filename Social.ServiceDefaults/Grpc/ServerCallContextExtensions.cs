using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Social.ServiceDefaults.Grpc;

public static class ServerCallContextExtensions
{
    /// <summary>
    /// Sets the HTTP status of a call transcoded to JSON (e.g. 201 for a creation); gRPC calls keep HTTP 200,
    /// as the gRPC protocol requires.
    /// </summary>
    public static void SetJsonStatusCode(this ServerCallContext context, int statusCode)
    {
        var http = context.GetHttpContext();
        if (http.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            return;
        }

        // Transcoding writes 200 when it sends the message, after the method returns: override as headers go out.
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                http.Response.StatusCode = statusCode;
            }

            return Task.CompletedTask;
        });
    }
}

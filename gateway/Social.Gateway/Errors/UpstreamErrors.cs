using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace Social.Gateway.Errors;

/// <summary>Decides what public error replaces a service's error response.</summary>
internal static class UpstreamErrors
{
    /// <summary>
    /// The public error for an upstream error body, or null when the body already is one. Anything that is neither
    /// a google.rpc.Status nor the public shape (an empty body, an HTML error page) is replaced by the status's
    /// generic error, so nothing a service did not mean to say (a stack trace) reaches the caller.
    /// </summary>
    public static ErrorResponse? Rewrite(int statusCode, string? contentType, ReadOnlySpan<byte> body)
    {
        if (IsJson(contentType) && ParseObject(body) is { } json)
        {
            if (json["code"] is JsonValue code && code.GetValueKind() == JsonValueKind.String)
            {
                return null;
            }

            if (GoogleRpcStatus.TryConvert(json, out var error))
            {
                return error;
            }
        }

        return HttpStatusErrors.For(statusCode);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static JsonObject? ParseObject(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

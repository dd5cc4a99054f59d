using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// A JSON call to a route that takes a body (<c>body: "*"</c>) but sent none, with no Content-Type (or a JSON one), is
/// read as the empty object <c>{}</c>. Every body field is optional in proto3, so the call means "nothing set": a mute
/// without an expiry, an edit that changes nothing, a sign-up that the service's own validation answers field by field.
/// Without this, transcoding refuses such a call before the service sees it ("content type '' is not a known JSON
/// content type"). A body of any other declared type is left alone and refused as before.
/// </summary>
internal sealed class EmptyJsonBodyMiddleware(RequestDelegate next)
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public Task InvokeAsync(HttpContext context)
    {
        if (TakesBody(context) && IsEmpty(context) && IsUntypedOrJson(context.Request.ContentType))
        {
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = EmptyObject.Length;
            context.Request.Body = new MemoryStream(EmptyObject, writable: false);
        }

        return next(context);
    }

    private static bool TakesBody(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>()?.HttpRule.Body is { Length: > 0 };

    // No Content-Length and no chunked body (the server's own answer), or a declared length of zero.
    private static bool IsEmpty(HttpContext context) =>
        context.Request.ContentLength is { } length
            ? length == 0
            : context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false;

    private static bool IsUntypedOrJson(string? contentType) =>
        string.IsNullOrEmpty(contentType)
        || (MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Social.Gateway.Routing;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Social.Gateway.Identity;

/// <summary>
/// Serves the issuer's discovery document with the endpoint addresses of the gateway, as the client reached it: its
/// scheme, host and path base, which behind a listed proxy are the ones the proxy forwarded (X-Forwarded-Proto,
/// X-Forwarded-Host). Everything else on the OAuth routes passes untouched.
/// </summary>
internal sealed class DiscoveryDocumentTransform : ITransformProvider
{
    // A discovery document is a few kilobytes; anything much bigger is not one and passes as it came.
    private const int MaxDocumentBytes = 64 * 1024;

    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        if (RouteMetadata.KindOf(context.Route.Metadata) == RouteKind.OAuth)
        {
            context.AddResponseTransform(RewriteAsync);
        }
    }

    private static async ValueTask RewriteAsync(ResponseTransformContext context)
    {
        var request = context.HttpContext.Request;
        if (context.ProxyResponse is not { StatusCode: HttpStatusCode.OK } response
            || !DiscoveryDocument.IsDiscoveryPath(request.Path)
            || !HttpMethods.IsGet(request.Method)
            || response.Content.Headers.ContentEncoding.Count > 0
            || response.Content.Headers.ContentLength > MaxDocumentBytes
            || context.HttpContext.Response.HasStarted)
        {
            return;
        }

        var cancellationToken = context.HttpContext.RequestAborted;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        context.SuppressResponseBody = true;
        if (Parse(body) is { } document)
        {
            DiscoveryDocument.UsePublicOrigin(document, PublicOrigin(request));
            body = JsonSerializer.SerializeToUtf8Bytes(document);
        }

        context.HttpContext.Response.ContentLength = body.Length;
        await context.HttpContext.Response.Body.WriteAsync(body, cancellationToken);
    }

    /// <summary>Where the client sent this request, after the forwarded headers of a listed proxy were applied.</summary>
    private static Uri PublicOrigin(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private static JsonObject? Parse(byte[] body)
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

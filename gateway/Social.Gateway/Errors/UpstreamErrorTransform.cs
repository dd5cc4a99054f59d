using Social.Gateway.Routing;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Social.Gateway.Errors;

/// <summary>Rewrites the services' error responses on JSON routes into the public error body.</summary>
internal sealed class UpstreamErrorTransform : ITransformProvider
{
    // Error bodies are small; a bigger one is not an error body worth reading and is replaced outright.
    private const int MaxErrorBodyBytes = 64 * 1024;

    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        if (RouteMetadata.KindOf(context.Route.Metadata) is RouteKind.Json or RouteKind.Stream)
        {
            context.AddResponseTransform(RewriteAsync);
        }
    }

    private static async ValueTask RewriteAsync(ResponseTransformContext context)
    {
        if (context.ProxyResponse is not { } response || (int)response.StatusCode < StatusCodes.Status400BadRequest
            || context.HttpContext.Response.HasStarted || HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            return;
        }

        var cancellationToken = context.HttpContext.RequestAborted;
        var body = await ReadBoundedAsync(response.Content, cancellationToken);
        var error = UpstreamErrors.Rewrite(
            (int)response.StatusCode,
            response.Content.Headers.ContentEncoding.Count > 0 ? null : response.Content.Headers.ContentType?.ToString(),
            body);
        if (error is null)
        {
            // Already the public shape: forward it, but from the copy just read (the upstream stream is consumed).
            context.SuppressResponseBody = true;
            context.HttpContext.Response.ContentLength = body.Length;
            await context.HttpContext.Response.Body.WriteAsync(body, cancellationToken);
            return;
        }

        context.SuppressResponseBody = true;
        context.HttpContext.Response.Headers.ContentEncoding = default;
        await ErrorWriter.WriteBodyAsync(context.HttpContext.Response, error, cancellationToken);
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxErrorBodyBytes)
        {
            return [];
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxErrorBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxErrorBodyBytes ? [] : buffer[..length];
    }
}

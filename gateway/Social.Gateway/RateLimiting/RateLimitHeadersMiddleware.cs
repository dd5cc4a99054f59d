namespace Social.Gateway.RateLimiting;

/// <summary>
/// Adds the X-RateLimit-* headers of the tightest applicable limit to a granted request's response, as counted when
/// it was granted. They are set as the response starts, over any the service sent.
/// </summary>
internal sealed class RateLimitHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<TightestLimit>() is { Status: var status })
        {
            context.Response.OnStarting(
                static state =>
                {
                    var (response, status) = ((HttpResponse, RateLimitStatus))state;
                    RateLimitHeaders.Write(response.Headers, status);
                    return Task.CompletedTask;
                },
                (context.Response, status));
        }

        return next(context);
    }
}

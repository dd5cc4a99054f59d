namespace Social.Profile.Identity;

/// <summary>
/// Serialises refresh-token grants. OpenIddict marks a refresh token redeemed without a lock, so two concurrent
/// requests with one token could both succeed; one at a time, the second sees the token redeemed and revokes the
/// chain (reuse detection). Refreshes are rare (one per client every few minutes), so the queue stays short.
/// </summary>
internal sealed class RefreshTokenGate(RequestDelegate next) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!await IsRefreshGrantAsync(context.Request))
        {
            await next(context);
            return;
        }

        await _gate.WaitAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static async Task<bool> IsRefreshGrantAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase)
            || !request.HasFormContentType)
        {
            return false;
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        return form["grant_type"] == "refresh_token";
    }
}

namespace Social.Gateway.Auth;

internal static class RouteAccessExtensions
{
    /// <summary>After authentication (which verified the token) and routing (which chose the route).</summary>
    public static WebApplication UseRouteAccess(this WebApplication app)
    {
        app.UseMiddleware<RouteAccessMiddleware>();
        return app;
    }
}

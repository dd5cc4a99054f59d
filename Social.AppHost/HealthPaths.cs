namespace Social.AppHost;

/// <summary>The readiness path every service and the gateway serve (see ServiceDefaults' health endpoints).</summary>
internal static class HealthPaths
{
    public const string Health = "/health";
}

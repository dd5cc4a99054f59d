using System.Diagnostics;

// The runtime looks for a type named exactly StartupHook, outside any namespace, in every assembly that
// DOTNET_STARTUP_HOOKS names, and calls its Initialize before the service's Main.
#pragma warning disable CA1050

/// <summary>
/// Switches token validation off in the process it is loaded into, for the benchmark's "unvalidated" target: the same
/// service on the same data, where a bearer token is read but not checked (<see cref="UnvalidatedBearerHandler"/>).
/// </summary>
/// <remarks>
/// Why a startup hook rather than a setting: a switch in the services that turns token checks off could be turned on
/// in production by one wrong configuration value. This assembly is not part of any service; only a process started
/// with <c>DOTNET_STARTUP_HOOKS</c> pointing at it (the benchmark's second Profile process) ever loads it. It uses
/// the same hosting event that <c>WebApplicationFactory</c> uses to change a service's registrations before it builds.
/// </remarks>
internal static class StartupHook
{
    public static void Initialize() => DiagnosticListener.AllListeners.Subscribe(new HostBuildingObserver());
}

using System.Diagnostics;

namespace Social.AppHost.Infrastructure;

/// <summary>
/// Decides whether containers can run here, before any resource is declared: never declare (and wait on) a container
/// that cannot start. <c>Social:Infrastructure</c> = <c>container</c> / <c>local</c> forces the choice.
/// </summary>
internal static class ContainerRuntimeProbe
{
    public static InfrastructureMode Choose(string? configured) => configured?.Trim().ToLowerInvariant() switch
    {
        "container" => InfrastructureMode.Container,
        "local" => InfrastructureMode.Local,
        _ => IsContainerRuntimeRunning() ? InfrastructureMode.Container : InfrastructureMode.Local,
    };

    private static bool IsContainerRuntimeRunning()
    {
        var runtime = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") ?? "docker";
        try
        {
            // "info" talks to the engine: a client without a running engine fails here.
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}

using System.Diagnostics;

namespace Social.Testing.Benchmarking;

/// <summary>
/// A service started from its built assembly with <c>dotnet</c>, configured only through environment variables.
/// It is killed by its process id (with whatever it started) when disposed, and also if this process exits first.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly OutputTail _output = new(40);

    private ServiceProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _process.OutputDataReceived += (_, line) => _output.Add(line.Data);
        _process.ErrorDataReceived += (_, line) => _output.Add(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string RecentOutput => _output.ToString();

    /// <summary>
    /// Starts <c>dotnet assembly</c> in the assembly's folder (its content root, so its appsettings.json applies and the
    /// variables override it). A null value removes an inherited variable.
    /// </summary>
    public static ServiceProcess Start(string name, string assemblyPath, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
        };
        start.ArgumentList.Add(assemblyPath);
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        var process = Process.Start(start) ?? throw new BenchmarkFailedException($"{name} did not start.");
        Console.WriteLine($"  started {name} (pid {process.Id})");
        return new ServiceProcess(name, process);
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(ExitWait);
                await _process.WaitForExitAsync(wait.Token);
            }

            Console.WriteLine($"  stopped {Name} (pid {_process.Id})");
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"  could not confirm that {Name} (pid {_process.Id}) stopped: {exception.Message}");
        }
        finally
        {
            _process.Dispose();
        }
    }

    // Last resort when the benchmark is ended without unwinding (a second Ctrl+C): never leave a service listening.
    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

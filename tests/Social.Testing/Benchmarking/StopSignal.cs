using System.Runtime.InteropServices;

namespace Social.Testing.Benchmarking;

/// <summary>
/// Turns the first Ctrl+C or SIGTERM into a cancellation, so the run unwinds through its cleanup and stops every
/// process it started. A second signal is left to the runtime: the process ends at once, and
/// <see cref="ServiceProcess"/> still kills its child on the way out.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignal() =>
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        Console.Error.WriteLine();
        Console.Error.WriteLine("Interrupted: stopping everything that was started (press Ctrl+C again to quit at once).");
        _source.Cancel();
    }
}

using System.Diagnostics;

namespace Social.Testing.Benchmarking;

/// <summary>
/// The processor time one process spends per request while a target is measured: the work of that process alone,
/// so a proxy's own cost can be compared with another's even when the rest of the machine is busy (other load slows
/// a run down but hardly changes what each request costs the process that serves it). Best (lowest) run counts.
/// </summary>
public sealed class CpuPerRequest(int processId)
{
    private double _best = double.NaN;

    /// <summary>The lowest processor time per request of any run so far, in microseconds (NaN before any).</summary>
    public double BestMicroseconds => _best;

    /// <summary>The same measurement, tallying the process's processor time over each run.</summary>
    public Measurement Around(Measurement measurement) => measurement with
    {
        RunAsync = async (duration, cancellationToken) =>
        {
            var before = ProcessorTime();
            var result = await measurement.RunAsync(duration, cancellationToken);
            var perRequest = (ProcessorTime() - before).TotalMicroseconds / Math.Max(1, result.Requests);
            _best = double.IsNaN(_best) ? perRequest : Math.Min(_best, perRequest);
            return result;
        },
    };

    private TimeSpan ProcessorTime()
    {
        using var process = Process.GetProcessById(processId);
        return process.TotalProcessorTime;
    }
}

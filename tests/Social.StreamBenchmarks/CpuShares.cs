using System.Diagnostics;
using System.Globalization;

namespace Social.StreamBenchmarks;

/// <summary>
/// How busy the machine and each of the run's processes were over one measured run, in cores (1.0 = one core all the
/// time): it tells a tail from the code apart from a tail from a saturated machine (this run's processes, or other
/// work on the same cores).
/// </summary>
internal sealed class CpuShares
{
    private readonly IReadOnlyList<(string Name, int Id)> _processes;
    private readonly Dictionary<string, TimeSpan> _start;
    private readonly (long Busy, long Total) _machineStart;
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    private CpuShares(IReadOnlyList<(string Name, int Id)> processes)
    {
        _processes = processes;
        _start = processes.ToDictionary(p => p.Name, p => ProcessorTime(p.Id));
        _machineStart = MachineTicks();
    }

    public static CpuShares Start(IReadOnlyList<(string Name, int Id)> processes) => new(processes);

    /// <summary>Each process's cores since the start, and the whole machine's (all cores: busy of total).</summary>
    public string Stop()
    {
        var seconds = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        var (busy, total) = MachineTicks();
        var machine = (double)(busy - _machineStart.Busy) / Math.Max(1, total - _machineStart.Total) * Environment.ProcessorCount;
        var parts = _processes.Select(p => string.Create(
            CultureInfo.InvariantCulture, $"{p.Name} {(ProcessorTime(p.Id) - _start[p.Name]).TotalSeconds / seconds:0.00}"));
        return string.Create(CultureInfo.InvariantCulture, $"cores used: {string.Join(", ", parts)}; machine {machine:0.00} of {Environment.ProcessorCount}");
    }

    private static TimeSpan ProcessorTime(int processId)
    {
        using var process = Process.GetProcessById(processId);
        return process.TotalProcessorTime;
    }

    /// <summary>The machine's busy and total clock ticks so far, from the first line of /proc/stat.</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        // idle and iowait are the time no work ran.
        return (total - fields[3] - fields[4], total);
    }
}

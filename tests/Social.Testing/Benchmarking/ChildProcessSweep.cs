using System.Diagnostics;
using System.Globalization;

namespace Social.Testing.Benchmarking;

/// <summary>
/// A safety net after teardown: any process this one started that is still running (e.g. a RabbitMQ node whose start
/// was interrupted before its handle was returned) is killed by its id. Linux only: it reads parent ids from /proc.
/// </summary>
public static class ChildProcessSweep
{
    public static void KillRemainingChildren()
    {
        if (!Directory.Exists("/proc"))
        {
            return;
        }

        var self = Environment.ProcessId;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || ParentOf(folder) != self)
            {
                continue;
            }

            try
            {
                using var child = Process.GetProcessById(pid);
                Console.WriteLine($"  stopping leftover child {child.ProcessName} (pid {pid})");
                child.Kill(entireProcessTree: true);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // It ended meanwhile.
            }
        }
    }

    // /proc/<pid>/stat is "pid (name) state ppid ..."; the name may hold spaces and parentheses, so parse after the last ')'.
    private static int? ParentOf(string folder)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(folder, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

using System.Collections.Concurrent;

namespace Social.Testing.Benchmarking;

/// <summary>The last lines a service printed: shown when it fails to start, instead of flooding the benchmark's output.</summary>
internal sealed class OutputTail(int capacity)
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > capacity)
        {
            _lines.TryDequeue(out _);
        }
    }

    public override string ToString() => string.Join(Environment.NewLine, _lines);
}

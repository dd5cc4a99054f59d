namespace Social.Testing.Benchmarking;

/// <summary>One thing a benchmark measures, under the name its figures are reported by.</summary>
/// <param name="RunAsync">Applies the load for the given duration and returns what it measured.</param>
public sealed record Measurement(string Name, Func<TimeSpan, CancellationToken, Task<LoadResult>> RunAsync);

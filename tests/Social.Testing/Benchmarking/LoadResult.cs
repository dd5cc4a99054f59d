namespace Social.Testing.Benchmarking;

/// <summary>What one run of the load generator measured.</summary>
/// <param name="Errors">Failed requests: non-2xx answers, socket errors and timeouts. Any makes the run suspect: a fast error inflates throughput.</param>
public sealed record LoadResult(double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests, long Errors);

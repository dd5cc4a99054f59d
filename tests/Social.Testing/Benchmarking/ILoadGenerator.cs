namespace Social.Testing.Benchmarking;

/// <summary>Keeps a fixed number of keep-alive connections busy with GETs of one URL and measures throughput and latency.</summary>
public interface ILoadGenerator
{
    string Name { get; }

    /// <summary>The equivalent command line, so a run can be repeated by hand.</summary>
    string Describe(Uri url, LoadSettings settings);

    Task<LoadResult> RunAsync(Uri url, LoadSettings settings, CancellationToken cancellationToken);
}

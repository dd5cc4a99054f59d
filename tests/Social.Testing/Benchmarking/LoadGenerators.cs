namespace Social.Testing.Benchmarking;

/// <summary>Which HTTP load generator a run uses: wrk when installed (it costs the least CPU per request), else the in-process loop.</summary>
public static class LoadGenerators
{
    public static ILoadGenerator Choose(bool forceHttpClient)
    {
        if (forceHttpClient)
        {
            return new HttpClientLoadGenerator();
        }

        if (WrkLoadGenerator.TryFind() is { } wrk)
        {
            return wrk;
        }

        Console.WriteLine($"wrk is not installed ('{WrkLoadGenerator.InstallHint}' installs it); falling back to an in-process HttpClient loop,");
        Console.WriteLine("which costs more CPU per request: compare its ratios, not its absolute figures, with wrk runs.");
        return new HttpClientLoadGenerator();
    }
}

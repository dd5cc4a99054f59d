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

        // One line, first thing in the output, so nobody compares a fallback run's figures with a wrk run's unawares.
        Console.WriteLine(
            $"wrk is not installed: install it with '{WrkLoadGenerator.InstallHint}'. Falling back to an in-process HttpClient loop, "
            + "which costs more CPU per request (compare its ratios, not its absolute figures, with wrk runs).");
        return new HttpClientLoadGenerator();
    }
}

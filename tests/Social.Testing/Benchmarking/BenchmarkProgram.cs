namespace Social.Testing.Benchmarking;

/// <summary>
/// The entry of every benchmark program: reads the options, shows the usage when asked, runs until done or stopped
/// (Ctrl+C, SIGTERM). Exit codes: 0 done, 1 the benchmark failed, 2 bad command line, 130 stopped.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> RunAsync<TOptions>(
        string[] args,
        Func<IReadOnlyList<string>, TOptions> parse,
        string usage,
        Func<TOptions, bool> showHelp,
        Func<TOptions, IReadOnlyList<string>, CancellationToken, Task> execute)
    {
        TOptions options;
        try
        {
            options = parse(args);
        }
        catch (FormatException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            await Console.Error.WriteLineAsync(usage);
            return 2;
        }

        if (showHelp(options))
        {
            Console.WriteLine(usage);
            return 0;
        }

        using var stop = new StopSignal();
        try
        {
            await execute(options, args, stop.Token);
            return 0;
        }
        catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
        {
            return 130;
        }
        catch (BenchmarkFailedException exception)
        {
            await Console.Error.WriteLineAsync();
            await Console.Error.WriteLineAsync($"Benchmark failed: {exception.Message}");
            return 1;
        }
    }
}

using Social.Benchmarks;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (FormatException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

using var stop = new StopSignal();
try
{
    await BenchmarkRun.ExecuteAsync(options, args, stop.Token);
    return 0;
}
catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
{
    return 130;
}
catch (BenchmarkFailedException exception)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine($"Benchmark failed: {exception.Message}");
    return 1;
}

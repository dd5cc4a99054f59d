using Social.GraphBenchmarks;

GraphBenchmarkOptions options;
try
{
    options = GraphBenchmarkOptions.Parse(args);
}
catch (FormatException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(GraphBenchmarkOptions.Usage);
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(GraphBenchmarkOptions.Usage);
    return 0;
}

using var stop = new StopSignal();
try
{
    await GraphBenchmarkRun.ExecuteAsync(options, args, stop.Token);
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

using Social.GraphBenchmarks;
using Social.Testing.Benchmarking;

return await BenchmarkProgram.RunAsync(
    args, GraphBenchmarkOptions.Parse, GraphBenchmarkOptions.Usage, options => options.ShowHelp, GraphBenchmarkRun.ExecuteAsync);

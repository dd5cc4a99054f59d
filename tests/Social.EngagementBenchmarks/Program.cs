using Social.EngagementBenchmarks;
using Social.Testing.Benchmarking;

return await BenchmarkProgram.RunAsync(
    args, EngagementBenchmarkOptions.Parse, EngagementBenchmarkOptions.Usage, options => options.ShowHelp, EngagementBenchmarkRun.ExecuteAsync);

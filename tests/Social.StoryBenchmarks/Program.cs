using Social.StoryBenchmarks;
using Social.Testing.Benchmarking;

return await BenchmarkProgram.RunAsync(
    args, StoryBenchmarkOptions.Parse, StoryBenchmarkOptions.Usage, options => options.ShowHelp, StoryBenchmarkRun.ExecuteAsync);

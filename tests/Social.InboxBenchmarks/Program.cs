using Social.InboxBenchmarks;
using Social.Testing.Benchmarking;

return await BenchmarkProgram.RunAsync(
    args, InboxBenchmarkOptions.Parse, InboxBenchmarkOptions.Usage, options => options.ShowHelp, InboxBenchmarkRun.ExecuteAsync);

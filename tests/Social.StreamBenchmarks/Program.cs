using Social.StreamBenchmarks;
using Social.Testing.Benchmarking;

return await BenchmarkProgram.RunAsync(
    args, StreamBenchmarkOptions.Parse, StreamBenchmarkOptions.Usage, options => options.ShowHelp, StreamBenchmarkRun.ExecuteAsync);

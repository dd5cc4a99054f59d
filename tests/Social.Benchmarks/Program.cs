using Social.Benchmarks;
using Social.Testing.Benchmarking;

return await BenchmarkProgram.RunAsync(args, BenchmarkOptions.Parse, BenchmarkOptions.Usage, options => options.ShowHelp, BenchmarkRun.ExecuteAsync);

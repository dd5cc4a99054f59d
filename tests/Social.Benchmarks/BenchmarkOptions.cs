namespace Social.Benchmarks;

/// <summary>
/// What to measure and for how long. Positional arguments keep the common case short:
/// <c>dotnet run -c Release --project tests/Social.Benchmarks -- [duration-seconds] [connections] [options]</c>.
/// </summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Social.Benchmarks -- [duration-seconds] [connections] [options]
          duration-seconds   length of every measured run (default 10)
          connections        concurrent keep-alive connections (default 32)
          --threads N        load-generator threads (default 2)
          --rounds N         times the three targets are measured, interleaved (default 2)
          --warmup N         seconds of warm-up per target before measuring (default 3)
          --no-build         use the services' existing Release builds instead of building them first
          --http-client      use the in-process HttpClient load loop even when wrk is installed
        """;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Connections { get; init; } = 32;

    public int Threads { get; init; } = 2;

    public int Rounds { get; init; } = 2;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public bool BuildServices { get; init; } = true;

    public bool ForceHttpClient { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>Reads the command line; throws <see cref="FormatException"/> with a readable message when it makes no sense.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        var positional = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            options = arg switch
            {
                "-h" or "--help" => options with { ShowHelp = true },
                "--threads" => options with { Threads = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--rounds" => options with { Rounds = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(OptionValues.NonNegative(arg, OptionValues.After(args, ref i))) },
                "--no-build" => options with { BuildServices = false },
                "--http-client" => options with { ForceHttpClient = true },
                _ when arg.StartsWith('-') => throw new FormatException($"Unknown option '{arg}'."),
                _ => positional++ switch
                {
                    0 => options with { Duration = TimeSpan.FromSeconds(OptionValues.Positive("duration-seconds", arg)) },
                    1 => options with { Connections = OptionValues.Positive("connections", arg) },
                    _ => throw new FormatException($"Unexpected argument '{arg}'."),
                },
            };
        }

        // wrk refuses fewer connections than threads, and a thread without a connection would measure nothing anyway.
        return options with { Threads = Math.Min(options.Threads, options.Connections) };
    }
}

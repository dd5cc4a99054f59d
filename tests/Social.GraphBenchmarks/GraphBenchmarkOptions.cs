namespace Social.GraphBenchmarks;

/// <summary>
/// What to measure and for how long. Positional arguments keep the common case short:
/// <c>dotnet run -c Release --project tests/Social.GraphBenchmarks -- [duration-seconds] [connections] [options]</c>.
/// </summary>
internal sealed record GraphBenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Social.GraphBenchmarks -- [duration-seconds] [connections] [options]
          duration-seconds   length of every measured run (default 10)
          connections        concurrent keep-alive connections of the HTTP load (default 32)
          --callers N        concurrent in-process gRPC callers of the Check load (default 32)
          --threads N        load-generator threads (default 2)
          --rounds N         times every measurement is taken, interleaved (default 2)
          --warmup N         seconds of warm-up per measurement before measuring (default 3)
          --followers N      the celebrity's followers (default 1000000; the ordinary user always has 100)
          --no-build         use the services' existing Release builds instead of building them first
          --http-client      use the in-process HttpClient load loop even when wrk is installed
        """;

    /// <summary>The ordinary user: a hundred followers, five first-size pages.</summary>
    public const int OrdinaryFollowers = 100;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Connections { get; init; } = 32;

    public int Callers { get; init; } = 32;

    public int Threads { get; init; } = 2;

    public int Rounds { get; init; } = 2;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public int CelebrityFollowers { get; init; } = 1_000_000;

    public bool BuildServices { get; init; } = true;

    public bool ForceHttpClient { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>Reads the command line; throws <see cref="FormatException"/> with a readable message when it makes no sense.</summary>
    public static GraphBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new GraphBenchmarkOptions();
        var positional = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            options = arg switch
            {
                "-h" or "--help" => options with { ShowHelp = true },
                "--callers" => options with { Callers = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--threads" => options with { Threads = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--rounds" => options with { Rounds = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(OptionValues.NonNegative(arg, OptionValues.After(args, ref i))) },
                "--followers" => options with { CelebrityFollowers = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
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

        if (options.CelebrityFollowers < FollowerPages.DeepPage * FollowerPages.DeepLimit)
        {
            // The celebrity's 50th page must exist, as the ordinary user's does.
            throw new FormatException($"--followers must be at least {FollowerPages.DeepPage * FollowerPages.DeepLimit}.");
        }

        // wrk refuses fewer connections than threads, and a thread without a connection would measure nothing anyway.
        return options with { Threads = Math.Min(options.Threads, options.Connections) };
    }
}

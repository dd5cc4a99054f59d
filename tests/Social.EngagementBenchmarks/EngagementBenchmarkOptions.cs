namespace Social.EngagementBenchmarks;

/// <summary>
/// What to measure and for how long. Positional arguments keep the common case short:
/// <c>dotnet run -c Release --project tests/Social.EngagementBenchmarks -- [duration-seconds] [connections] [options]</c>.
/// </summary>
internal sealed record EngagementBenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Social.EngagementBenchmarks -- [duration-seconds] [connections] [options]
          duration-seconds   length of every measured run (default 10)
          connections        concurrent keep-alive connections of the HTTP load (default 32)
          --callers N        concurrent in-process gRPC callers of GetEngagement (default 16)
          --threads N        load-generator threads (default 2)
          --rounds N         times every measurement is taken, interleaved (default 2)
          --warmup N         seconds of warm-up per measurement before measuring (default 3)
          --likes N          likes seeded on the viral item (default 1000000; the ordinary item always has 10)
          --comments N       comments seeded on the viral item (default 100000; the ordinary item always has 10)
          --likers N         signed-up users who like and unlike during the run (default 64)
          --no-build         use the services' existing Release builds instead of building them first
          --http-client      use the in-process HttpClient load loop even when wrk is installed
        """;

    /// <summary>The ordinary item: ten likes and ten comments.</summary>
    public const int OrdinaryLikes = 10;

    public const int OrdinaryComments = 10;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Connections { get; init; } = 32;

    public int Callers { get; init; } = 16;

    public int Threads { get; init; } = 2;

    public int Rounds { get; init; } = 2;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public int ViralLikes { get; init; } = 1_000_000;

    public int ViralComments { get; init; } = 100_000;

    public int Likers { get; init; } = 64;

    public bool BuildServices { get; init; } = true;

    public bool ForceHttpClient { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>Reads the command line; throws <see cref="FormatException"/> with a readable message when it makes no sense.</summary>
    public static EngagementBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EngagementBenchmarkOptions();
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
                "--likes" => options with { ViralLikes = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--comments" => options with { ViralComments = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--likers" => options with { Likers = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
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

        if (options.ViralComments < CommentPages.DeepPage * CommentPages.Limit)
        {
            // The viral item's 50th page must exist.
            throw new FormatException($"--comments must be at least {CommentPages.DeepPage * CommentPages.Limit}.");
        }

        if (options.Likers < 2 * options.Connections)
        {
            // Each connection toggles its own users' likes, round robin: with two users per connection or more, a
            // user's last request has answered before their next one is made, so no two requests race on one like.
            throw new FormatException($"--likers must be at least twice the connections ({2 * options.Connections}).");
        }

        // wrk refuses fewer connections than threads, and a thread without a connection would measure nothing anyway.
        return options with { Threads = Math.Min(options.Threads, options.Connections) };
    }
}

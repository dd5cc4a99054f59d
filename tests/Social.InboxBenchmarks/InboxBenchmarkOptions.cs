namespace Social.InboxBenchmarks;

/// <summary>
/// What to measure: <c>dotnet run -c Release --project tests/Social.InboxBenchmarks -- [likes-per-minute] [options]</c>.
/// </summary>
internal sealed record InboxBenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Social.InboxBenchmarks -- [likes-per-minute] [options]
          likes-per-minute  the celebrity's likes, spread over the items (default 10000)
          --seconds N       length of the measured run under that rate (default 30)
          --items N         the celebrity's liked items (default 50)
          --likers N        distinct likers (default 300; likers x items bounds the likes of the run)
          --burst N         likes published at once for the throughput figure (default 5000)
          --no-build        use the services' existing Release builds instead of building them first
        """;

    public int LikesPerMinute { get; init; } = 10_000;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public int Items { get; init; } = 50;

    public int Likers { get; init; } = 300;

    public int Burst { get; init; } = 5000;

    public bool BuildServices { get; init; } = true;

    public bool ShowHelp { get; init; }

    public static InboxBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new InboxBenchmarkOptions();
        var positional = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            options = arg switch
            {
                "-h" or "--help" => options with { ShowHelp = true },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(OptionValues.Positive(arg, OptionValues.After(args, ref i))) },
                "--items" => options with { Items = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--likers" => options with { Likers = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--burst" => options with { Burst = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--no-build" => options with { BuildServices = false },
                _ when arg.StartsWith('-') => throw new FormatException($"Unknown option '{arg}'."),
                _ => positional++ switch
                {
                    0 => options with { LikesPerMinute = OptionValues.Positive("likes-per-minute", arg) },
                    _ => throw new FormatException($"Unexpected argument '{arg}'."),
                },
            };
        }

        var needed = options.Burst + ((long)options.LikesPerMinute * (long)options.Duration.TotalSeconds / 60) + 1000;
        return (long)options.Likers * options.Items < needed
            ? throw new FormatException($"likers x items ({options.Likers * options.Items}) must exceed the likes of the run ({needed}): each like is a new (liker, item) pair.")
            : options;
    }
}

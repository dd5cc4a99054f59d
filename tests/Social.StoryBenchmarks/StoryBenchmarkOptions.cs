using Social.Testing.Benchmarking;

namespace Social.StoryBenchmarks;

/// <summary>
/// What to measure and for how long:
/// <c>dotnet run -c Release --project tests/Social.StoryBenchmarks -- [duration-seconds] [options]</c>.
/// </summary>
internal sealed record StoryBenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Social.StoryBenchmarks -- [duration-seconds] [options]
          duration-seconds   length of every measured run (default 10)
          --callers N        concurrent callers of each measured call (default 4)
          --followers N      the celebrity's followers, held by the in-memory Graph (default 1000000)
          --viewers N        views of the story whose viewer list is paged (default 100000)
        """;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Callers { get; init; } = 4;

    public int CelebrityFollowers { get; init; } = 1_000_000;

    public int Viewers { get; init; } = 100_000;

    public bool ShowHelp { get; init; }

    /// <summary>Reads the command line; throws <see cref="FormatException"/> with a readable message when it makes no sense.</summary>
    public static StoryBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StoryBenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "-h" or "--help" => options with { ShowHelp = true },
                "--callers" => options with { Callers = OptionValues.Positive("--callers", OptionValues.After(args, ref i)) },
                "--followers" => options with { CelebrityFollowers = OptionValues.Positive("--followers", OptionValues.After(args, ref i)) },
                "--viewers" => options with { Viewers = OptionValues.Positive("--viewers", OptionValues.After(args, ref i)) },
                var value when i == 0 && !value.StartsWith('-') => options with { Duration = TimeSpan.FromSeconds(OptionValues.Positive("duration-seconds", value)) },
                var other => throw new FormatException($"Unknown option '{other}'."),
            };
        }

        return options;
    }
}

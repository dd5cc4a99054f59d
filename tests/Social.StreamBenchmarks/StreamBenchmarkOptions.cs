namespace Social.StreamBenchmarks;

/// <summary>
/// What to measure: <c>dotnet run -c Release --project tests/Social.StreamBenchmarks -- [streams] [rates] [options]</c>.
/// </summary>
internal sealed record StreamBenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Social.StreamBenchmarks -- [streams] [rates] [options]
          streams          users, each holding one open stream through the gateway, in 1:1 pairs (default 1000)
          rates            messages sent per second, comma-separated, one measured run each (default 200,500)
          --seconds N      length of every measured run (default 10)
          --senders N      concurrent senders (default 64)
          --warmup N       seconds of sending at the first rate before measuring, so that no measured run pays for
                           compiling the send path (default 10; 0 for none)
          --no-build       use the services' existing Release builds instead of building them first
        """;

    public int Streams { get; init; } = 1000;

    public IReadOnlyList<int> Rates { get; init; } = [200, 500];

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public int Senders { get; init; } = 64;

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(10);

    public bool BuildServices { get; init; } = true;

    public bool ShowHelp { get; init; }

    public static StreamBenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new StreamBenchmarkOptions();
        var positional = 0;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            options = arg switch
            {
                "-h" or "--help" => options with { ShowHelp = true },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(OptionValues.Positive(arg, OptionValues.After(args, ref i))) },
                "--senders" => options with { Senders = OptionValues.Positive(arg, OptionValues.After(args, ref i)) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(OptionValues.NonNegative(arg, OptionValues.After(args, ref i))) },
                "--no-build" => options with { BuildServices = false },
                _ when arg.StartsWith('-') => throw new FormatException($"Unknown option '{arg}'."),
                _ => positional++ switch
                {
                    0 => options with { Streams = OptionValues.Positive("streams", arg) },
                    1 => options with { Rates = [.. arg.Split(',').Select(rate => OptionValues.Positive("rates", rate))] },
                    _ => throw new FormatException($"Unexpected argument '{arg}'."),
                },
            };
        }

        return options.Streams < 2 || options.Streams % 2 != 0 ? throw new FormatException("streams must be an even number of 2 or more (users talk in pairs).") : options;
    }
}

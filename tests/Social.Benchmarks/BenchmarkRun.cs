namespace Social.Benchmarks;

/// <summary>
/// The whole run: build the services, start them, seed one profile, warm every target up, then measure the four
/// targets in interleaved rounds so slow drifts of a noisy machine hit all of them alike, and print the figures.
/// </summary>
internal static class BenchmarkRun
{
    /// <summary>The same read at a Profile process that reads bearer tokens without validating them.</summary>
    public const string Unvalidated = "unvalidated";
    public const string Direct = "direct";
    public const string Bare = "bare";
    public const string Gateway = "gateway";

    private const string ProfileProject = "services/Profile/Social.Profile.csproj";
    private const string GatewayProject = "gateway/Social.Gateway/Social.Gateway.csproj";

    public static async Task ExecuteAsync(BenchmarkOptions options, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var command = CommandLine(args);
        var generator = LoadGenerators.Choose(options.ForceHttpClient);
        PrintHeader(options, command, generator);

        var root = RepositoryRoot.Find();
        Console.WriteLine();
        Console.WriteLine($"Building the services ({ServiceBuild.Configuration}) in {root}:");
        var profileAssembly = await ServiceBuild.PrepareAsync(root, ProfileProject, options.BuildServices, cancellationToken);
        var gatewayAssembly = await ServiceBuild.PrepareAsync(root, GatewayProject, options.BuildServices, cancellationToken);

        var results = new List<(string Path, PathFigures Figures)>();
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
        {
            Console.WriteLine();
            Console.WriteLine("Starting:");
            await using var suite = await Suite.StartAsync(profileAssembly, gatewayAssembly, client, cancellationToken);
            Console.WriteLine();
            Console.WriteLine("Seeding:");
            await ProfileSeeder.SignUpAsync(client, suite.ProfileAddress, cancellationToken);
            var accessToken = await ProfileSeeder.SignInAsync(client, suite.ProfileAddress, cancellationToken);
            // The two reads a signed-in app makes most: its own profile (by token subject) and another by handle.
            foreach (var path in new[] { "/api/v1/me", $"/api/v1/profiles/{ProfileSeeder.Handle}" })
            {
                results.Add((path, await MeasureAsync(suite, client, generator, options, path, accessToken, cancellationToken)));
            }
        }

        foreach (var (path, figures) in results)
        {
            Report.Print(path, figures, options, command, generator);
        }
    }

    private static async Task<PathFigures> MeasureAsync(
        Suite suite, HttpClient client, ILoadGenerator generator, BenchmarkOptions options, string path, string accessToken, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"GET {path}:");
        Target[] targets =
        [
            new(Unvalidated, new Uri(suite.UnvalidatedAddress, path)),
            new(Direct, new Uri(suite.ProfileAddress, path)),
            new(Bare, new Uri(suite.BareAddress, path)),
            new(Gateway, new Uri(suite.GatewayAddress, path)),
        ];
        foreach (var target in targets)
        {
            await ProfileSeeder.CheckAsync(client, target, accessToken, cancellationToken);
        }

        await ProfileSeeder.CheckValidationIsOffAsync(client, targets[0], accessToken, cancellationToken);

        var load = new LoadSettings(options.Duration, options.Connections, options.Threads, accessToken);
        Console.WriteLine();
        Console.WriteLine("Load commands:");
        foreach (var target in targets)
        {
            Console.WriteLine($"  {target.Name,-11} {generator.Describe(target.Url, load)}");
        }

        // The bare proxy runs in this process, which does nothing else while wrk drives it; the gateway has its own.
        var bareCpu = new CpuPerRequest(Environment.ProcessId);
        var gatewayCpu = new CpuPerRequest(suite.GatewayProcessId);
        var measurements = targets
            .Select(target => new Measurement(target.Name, (duration, token) => generator.RunAsync(target.Url, load with { Duration = duration }, token)))
            .Select(measurement => measurement.Name switch
            {
                Bare => bareCpu.Around(measurement),
                Gateway => gatewayCpu.Around(measurement),
                _ => measurement,
            })
            .ToList();
        var summaries = await InterleavedRounds.MeasureAsync(measurements, options.Warmup, options.Duration, options.Rounds, cancellationToken);
        return new PathFigures(summaries, bareCpu.BestMicroseconds, gatewayCpu.BestMicroseconds);
    }

    private static void PrintHeader(BenchmarkOptions options, string command, ILoadGenerator generator)
    {
        var configuration = RunEnvironment.ConfigurationOf(typeof(BenchmarkRun).Assembly);
        Console.WriteLine("Social benchmark: authenticated GET /api/v1/me and /api/v1/profiles/{handle}");
        Console.WriteLine("  targets:     unvalidated (Profile, token validation off), direct (Profile), bare (YARP -> Profile), gateway (-> Profile)");
        Console.WriteLine($"  command:     {command}");
        Console.WriteLine($"  machine:     {RunEnvironment.Machine}");
        var threads = generator is WrkLoadGenerator ? $", {options.Threads} threads" : string.Empty;
        Console.WriteLine($"  load:        {generator.Name}; {options.Connections} connections{threads}");
        Console.WriteLine($"  schedule:    {options.Warmup.TotalSeconds:0} s warm-up per target, then {options.Rounds} round(s) of {options.Duration.TotalSeconds:0} s per target");
        Console.WriteLine($"  this build:  {configuration}");
        if (!RunEnvironment.IsRelease(typeof(BenchmarkRun).Assembly))
        {
            // The services are always Release builds, but the bare proxy (and the fallback client) run in this process.
            Console.WriteLine("  WARNING: the benchmark itself is not a Release build, so the bare proxy is slower than it should be: use -c Release.");
        }
    }

    private static string CommandLine(IReadOnlyList<string> args) => RunEnvironment.CommandLine("tests/Social.Benchmarks", args);
}

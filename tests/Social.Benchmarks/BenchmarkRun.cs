using System.Reflection;
using System.Runtime.InteropServices;

namespace Social.Benchmarks;

/// <summary>
/// The whole run: build the services, start them, seed one profile, warm every target up, then measure the three
/// targets in interleaved rounds so slow drifts of a noisy machine hit all three alike, and print the figures.
/// </summary>
internal static class BenchmarkRun
{
    public const string Direct = "direct";
    public const string Bare = "bare";
    public const string Gateway = "gateway";

    private const string ProfileProject = "services/Profile/Social.Profile.csproj";
    private const string GatewayProject = "gateway/Social.Gateway/Social.Gateway.csproj";

    public static async Task ExecuteAsync(BenchmarkOptions options, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var command = CommandLine(args);
        var generator = ChooseGenerator(options);
        PrintHeader(options, command, generator);

        var root = RepositoryRoot.Find();
        Console.WriteLine();
        Console.WriteLine($"Building the services ({ServiceBuild.Configuration}) in {root}:");
        var profileAssembly = await ServiceBuild.PrepareAsync(root, ProfileProject, options.BuildServices, cancellationToken);
        var gatewayAssembly = await ServiceBuild.PrepareAsync(root, GatewayProject, options.BuildServices, cancellationToken);

        var results = new List<(string Path, IReadOnlyList<TargetSummary> Summaries)>();
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

        foreach (var (path, summaries) in results)
        {
            Report.Print(path, summaries, options, command, generator);
        }
    }

    private static async Task<IReadOnlyList<TargetSummary>> MeasureAsync(
        Suite suite, HttpClient client, ILoadGenerator generator, BenchmarkOptions options, string path, string accessToken, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine($"GET {path}:");
        Target[] targets =
        [
            new(Direct, new Uri(suite.ProfileAddress, path)),
            new(Bare, new Uri(suite.BareAddress, path)),
            new(Gateway, new Uri(suite.GatewayAddress, path)),
        ];
        foreach (var target in targets)
        {
            await ProfileSeeder.CheckAsync(client, target, accessToken, cancellationToken);
        }

        var load = new LoadSettings(options.Duration, options.Connections, options.Threads, accessToken);
        Console.WriteLine();
        Console.WriteLine("Load commands:");
        foreach (var target in targets)
        {
            Console.WriteLine($"  {target.Name,-8} {generator.Describe(target.Url, load)}");
        }

        if (options.Warmup > TimeSpan.Zero)
        {
            // Tiered JIT, connection pools and SQLite's page cache settle before anything counts.
            Console.WriteLine();
            Console.WriteLine($"Warm-up ({options.Warmup.TotalSeconds:0} s each):");
            var warmup = load with { Duration = options.Warmup };
            foreach (var target in targets)
            {
                var result = await generator.RunAsync(target.Url, warmup, cancellationToken);
                Console.WriteLine($"  {target.Name,-8} {Figures.Run(result)}");
            }
        }

        var runs = targets.ToDictionary(target => target, _ => new List<LoadResult>());
        for (var round = 1; round <= options.Rounds; round++)
        {
            Console.WriteLine();
            Console.WriteLine($"Round {round} of {options.Rounds} ({options.Duration.TotalSeconds:0} s each):");
            foreach (var target in targets)
            {
                var result = await generator.RunAsync(target.Url, load, cancellationToken);
                runs[target].Add(result);
                Console.WriteLine($"  {target.Name,-8} {Figures.Run(result)}");
            }
        }

        return targets.Select(target => TargetSummary.Of(target, runs[target])).ToList();
    }

    private static ILoadGenerator ChooseGenerator(BenchmarkOptions options)
    {
        if (options.ForceHttpClient)
        {
            return new HttpClientLoadGenerator();
        }

        if (WrkLoadGenerator.TryFind() is { } wrk)
        {
            return wrk;
        }

        Console.WriteLine($"wrk is not installed ('{WrkLoadGenerator.InstallHint}' installs it); falling back to an in-process HttpClient loop,");
        Console.WriteLine("which costs more CPU per request: compare its ratios, not its absolute figures, with wrk runs.");
        return new HttpClientLoadGenerator();
    }

    private static void PrintHeader(BenchmarkOptions options, string command, ILoadGenerator generator)
    {
        var configuration = typeof(BenchmarkRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";
        Console.WriteLine("Social gateway benchmark: authenticated GET /api/v1/me and /api/v1/profiles/{handle}, direct vs bare YARP vs gateway");
        Console.WriteLine($"  command:     {command}");
        Console.WriteLine($"  machine:     {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        var threads = generator is WrkLoadGenerator ? $", {options.Threads} threads" : string.Empty;
        Console.WriteLine($"  load:        {generator.Name}; {options.Connections} connections{threads}");
        Console.WriteLine($"  schedule:    {options.Warmup.TotalSeconds:0} s warm-up per target, then {options.Rounds} round(s) of {options.Duration.TotalSeconds:0} s per target");
        Console.WriteLine($"  this build:  {configuration}");
        if (!string.Equals(configuration, "Release", StringComparison.Ordinal))
        {
            // The services are always Release builds, but the bare proxy (and the fallback client) run in this process.
            Console.WriteLine("  WARNING: the benchmark itself is not a Release build, so the bare proxy is slower than it should be: use -c Release.");
        }
    }

    private static string CommandLine(IReadOnlyList<string> args) =>
        "dotnet run -c Release --project tests/Social.Benchmarks" + (args.Count > 0 ? " -- " + string.Join(' ', args) : string.Empty);
}

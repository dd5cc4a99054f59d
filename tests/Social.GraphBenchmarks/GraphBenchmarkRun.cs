using Social.Contracts.Graph.V1;

namespace Social.GraphBenchmarks;

/// <summary>
/// The whole run: build Profile and Graph, start them, sign the viewer up, seed Graph's database with the celebrity's
/// and the ordinary user's followers (Graph stopped), start Graph again, check every request answers what it should,
/// then measure each request for both users in interleaved rounds and print the figures.
/// </summary>
internal static class GraphBenchmarkRun
{
    private const string ProfileProject = "services/Profile/Social.Profile.csproj";
    private const string GraphProject = "services/Graph/Social.Graph.csproj";

    public static async Task ExecuteAsync(GraphBenchmarkOptions options, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var command = RunEnvironment.CommandLine("tests/Social.GraphBenchmarks", args);
        var generator = LoadGenerators.Choose(options.ForceHttpClient);
        PrintHeader(options, command, generator);

        var root = RepositoryRoot.Find();
        Console.WriteLine();
        Console.WriteLine($"Building the services ({ServiceBuild.Configuration}) in {root}:");
        var profileAssembly = await ServiceBuild.PrepareAsync(root, ProfileProject, options.BuildServices, cancellationToken);
        var graphAssembly = await ServiceBuild.PrepareAsync(root, GraphProject, options.BuildServices, cancellationToken);

        GraphResults results;
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) })
        {
            Console.WriteLine();
            Console.WriteLine("Starting:");
            await using var suite = await GraphSuite.StartAsync(profileAssembly, graphAssembly, client, cancellationToken);
            results = await RunAsync(suite, client, generator, options, cancellationToken);
        }

        GraphReport.Print(results, options, command, generator);
    }

    private static async Task<GraphResults> RunAsync(
        GraphSuite suite, HttpClient client, ILoadGenerator generator, GraphBenchmarkOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine("Viewer and internal caller:");
        var viewer = await ViewerAccount.SignUpAsync(client, suite.ProfileAddress, cancellationToken);
        var internalToken = await InternalToken.RequestAsync(suite.ProfileAddress, GraphSuite.InternalClientId, suite.InternalClientSecret, cancellationToken);
        using (var graph = new GraphGrpc(suite.GraphGrpcAddress, internalToken))
        {
            await graph.WaitForUserAsync(viewer.UserId, cancellationToken);
        }

        Console.WriteLine();
        Console.WriteLine("Seeding Graph's database (Graph stopped):");
        await suite.StopGraphAsync();
        var plan = SeedPlan.Create(viewer.UserId, options.CelebrityFollowers, GraphBenchmarkOptions.OrdinaryFollowers, DateTimeOffset.UtcNow);
        GraphSeeder.Seed(suite.GraphDatabase, plan, cancellationToken);

        Console.WriteLine();
        Console.WriteLine("Starting Graph again on the seeded database:");
        await suite.StartGraphAsync(client, cancellationToken);

        using var grpc = new GraphGrpc(suite.GraphGrpcAddress, internalToken);
        var checkLoad = new CheckLoad(grpc, options.Callers);
        var comparisons = await PrepareAsync(suite, client, grpc, checkLoad, generator, options, plan, viewer, cancellationToken);
        CheckRequest[] both = [Check(viewer, plan.Celebrity), Check(viewer, plan.Ordinary)];
        var overall = CheckMeasurement("Check view, all callers", checkLoad, both);
        Console.WriteLine($"  {overall.Name}: {checkLoad.Describe(both)}");

        List<Measurement> measurements = [.. comparisons.SelectMany(comparison => new[] { comparison.Celebrity, comparison.Ordinary }), overall];
        var summaries = await InterleavedRounds.MeasureAsync(measurements, options.Warmup, options.Duration, options.Rounds, cancellationToken);
        var byName = summaries.ToDictionary(summary => summary.Name);
        return new GraphResults(
            plan,
            comparisons.Select(comparison => (comparison, byName[comparison.Celebrity.Name], byName[comparison.Ordinary.Name])).ToList(),
            byName[overall.Name],
            checkLoad.Name);
    }

    /// <summary>Checks that every request answers in full what it is meant to, and builds the measurements of it.</summary>
    private static async Task<IReadOnlyList<Comparison>> PrepareAsync(
        GraphSuite suite,
        HttpClient client,
        GraphGrpc grpc,
        CheckLoad checkLoad,
        ILoadGenerator generator,
        GraphBenchmarkOptions options,
        SeedPlan plan,
        ViewerAccount viewer,
        CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine("Checking what is measured:");
        await grpc.RequireFollowersAsync(plan.Celebrity, SeedPlan.CelebrityHandle, plan.CelebrityFollowers, cancellationToken);
        await grpc.RequireFollowersAsync(plan.Ordinary, SeedPlan.OrdinaryHandle, plan.OrdinaryFollowers, cancellationToken);

        var graph = suite.GraphAddress;
        var token = viewer.AccessToken;
        var celebrityFirst = await FollowerPages.FirstAsync(client, graph, plan.Celebrity, "celebrity", token, cancellationToken);
        var ordinaryFirst = await FollowerPages.FirstAsync(client, graph, plan.Ordinary, "ordinary", token, cancellationToken);
        var (page, limit) = (FollowerPages.DeepPage, FollowerPages.DeepLimit);
        var celebrityDeep = await FollowerPages.WalkAsync(client, graph, plan.Celebrity, "celebrity", page, limit, token, cancellationToken);
        var ordinaryDeep = await FollowerPages.WalkAsync(client, graph, plan.Ordinary, "ordinary", page, limit, token, cancellationToken);

        var viewCelebrity = Check(viewer, plan.Celebrity);
        var viewOrdinary = Check(viewer, plan.Ordinary);
        await grpc.RequireAllowedAsync(viewCelebrity, "viewer -> celebrity", cancellationToken);
        await grpc.RequireAllowedAsync(viewOrdinary, "viewer -> ordinary", cancellationToken);

        var load = new LoadSettings(options.Duration, options.Connections, options.Threads, token);
        Console.WriteLine();
        Console.WriteLine("Load commands:");
        Measurement Http(string name, Uri url)
        {
            Console.WriteLine($"  {name}: {generator.Describe(url, load)}");
            return new Measurement(name, (duration, stop) => generator.RunAsync(url, load with { Duration = duration }, stop));
        }

        Measurement Grpc(string name, CheckRequest request)
        {
            Console.WriteLine($"  {name}: {checkLoad.Describe([request])}");
            return CheckMeasurement(name, checkLoad, request);
        }

        return
        [
            new($"followers page 1 (limit {FollowerPages.FirstLimit})",
                Http("page 1, celebrity", celebrityFirst), Http("page 1, ordinary", ordinaryFirst)),
            new($"followers page {page} (limit {limit})",
                Http($"page {page}, celebrity", celebrityDeep), Http($"page {page}, ordinary", ordinaryDeep)),
            new("Check view (gRPC)",
                Grpc("Check view, celebrity", viewCelebrity), Grpc("Check view, ordinary", viewOrdinary)),
        ];
    }

    private static Measurement CheckMeasurement(string name, CheckLoad checkLoad, params CheckRequest[] requests) =>
        new(name, (duration, stop) => checkLoad.RunAsync(requests, duration, stop));

    private static CheckRequest Check(ViewerAccount viewer, Guid target) =>
        new() { ActorId = viewer.UserId.ToString(), TargetId = target.ToString(), Action = "view" };

    private static void PrintHeader(GraphBenchmarkOptions options, string command, ILoadGenerator generator)
    {
        Console.WriteLine(
            $"Social Graph scale benchmark: a celebrity with {Figures.Count(options.CelebrityFollowers)} followers vs an ordinary user with "
            + $"{Figures.Count(GraphBenchmarkOptions.OrdinaryFollowers)}: follower lists (page 1, page {FollowerPages.DeepPage}) and internal Check");
        Console.WriteLine($"  command:     {command}");
        Console.WriteLine($"  machine:     {RunEnvironment.Machine}");
        var threads = generator is WrkLoadGenerator ? $", {options.Threads} threads" : string.Empty;
        Console.WriteLine($"  load:        lists by {generator.Name}, {options.Connections} connections{threads}; Check by {options.Callers} in-process gRPC callers");
        Console.WriteLine(
            $"  schedule:    {options.Warmup.TotalSeconds:0} s warm-up per measurement, then {options.Rounds} round(s) of "
            + $"{options.Duration.TotalSeconds:0} s per measurement");
        Console.WriteLine($"  target:      celebrity / ordinary at most {Figures.Ratio(GraphReport.Target)} for every figure (informative, no exit code)");
        Console.WriteLine($"  this build:  {RunEnvironment.ConfigurationOf(typeof(GraphBenchmarkRun).Assembly)}");
        if (!RunEnvironment.IsRelease(typeof(GraphBenchmarkRun).Assembly))
        {
            // The services are always Release builds, but the Check callers (and the fallback client) run in this process.
            Console.WriteLine("  WARNING: the benchmark itself is not a Release build, so its in-process callers are slower than they should be: use -c Release.");
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Social.Contracts.Engagement.V1;

namespace Social.EngagementBenchmarks;

/// <summary>
/// The whole run: build the services, start them, sign the owner and the likers up, post the items, seed the viral
/// and the ordinary item's likes and comments (Engagement stopped), start Engagement again, check every request answers
/// what it should, then measure each in interleaved rounds and print the figures.
/// </summary>
internal static class EngagementBenchmarkRun
{
    /// <summary>The feed page GetEngagement is asked about: the viral item, the ordinary one and 98 more.</summary>
    public const int FeedPage = 100;

    private static readonly ServiceAssemblies Projects = new(
        "services/Profile/Social.Profile.csproj",
        "services/Graph/Social.Graph.csproj",
        "services/Engagement/Social.Engagement.csproj",
        "gateway/Social.Gateway/Social.Gateway.csproj");

    public static async Task ExecuteAsync(EngagementBenchmarkOptions options, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var command = RunEnvironment.CommandLine("tests/Social.EngagementBenchmarks", args);
        var generator = LoadGenerators.Choose(options.ForceHttpClient);
        PrintHeader(options, command, generator);

        var root = RepositoryRoot.Find();
        Console.WriteLine();
        Console.WriteLine($"Building the services ({ServiceBuild.Configuration}) in {root}:");
        var assemblies = new ServiceAssemblies(
            await ServiceBuild.PrepareAsync(root, Projects.Profile, options.BuildServices, cancellationToken),
            await ServiceBuild.PrepareAsync(root, Projects.Graph, options.BuildServices, cancellationToken),
            await ServiceBuild.PrepareAsync(root, Projects.Engagement, options.BuildServices, cancellationToken),
            await ServiceBuild.PrepareAsync(root, Projects.Gateway, options.BuildServices, cancellationToken));

        EngagementResults results;
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) })
        {
            Console.WriteLine();
            Console.WriteLine("Starting:");
            await using var suite = await EngagementSuite.StartAsync(assemblies, client, cancellationToken);
            results = await RunAsync(suite, client, generator, options, cancellationToken);
        }

        EngagementReport.Print(results, options, command, generator);
    }

    private static async Task<EngagementResults> RunAsync(
        EngagementSuite suite, HttpClient client, ILoadGenerator generator, EngagementBenchmarkOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine("Accounts and items:");
        var owner = await BenchmarkUser.SignUpAsync(client, suite.ProfileAddress, "bench_owner", cancellationToken);
        var likers = await BenchmarkUser.SignUpManyAsync(client, suite.ProfileAddress, "bench_liker_", options.Likers, cancellationToken);
        var internalToken = await InternalToken.RequestAsync(suite.ProfileAddress, EngagementSuite.InternalClientId, suite.InternalClientSecret, cancellationToken);
        var items = new List<Guid>(FeedPage);
        for (var i = 0; i < FeedPage; i++)
        {
            items.Add(await PostAsync(client, suite.EngagementAddress, owner, $"item {i}", cancellationToken));
        }

        Console.WriteLine($"  '{owner.Handle}' posted {items.Count} items: the viral one {items[0]}, the ordinary one {items[1]}");

        Console.WriteLine();
        Console.WriteLine("Seeding Engagement's database (Engagement stopped):");
        await suite.StopEngagementAsync();
        var plan = new SeedPlan(
            owner.UserId, items[0], items[1], options.ViralLikes, options.ViralComments,
            EngagementBenchmarkOptions.OrdinaryLikes, EngagementBenchmarkOptions.OrdinaryComments,
            [.. likers.Select(liker => liker.UserId)], DateTimeOffset.UtcNow - TimeSpan.FromDays(2));
        EngagementSeeder.Seed(suite.EngagementDatabase, plan, cancellationToken);

        Console.WriteLine();
        Console.WriteLine("Starting Engagement again on the seeded database:");
        await suite.StartEngagementAsync(client, cancellationToken);

        using var grpc = new EngagementGrpc(suite.EngagementGrpcAddress, internalToken);
        using var toggles = new LikeToggles(generator, likers, options);
        var feed = new FeedPageLoad(grpc, options.Callers, FeedRequest(likers[0], items));
        var measurements = await PrepareAsync(suite, client, toggles, feed, generator, options, plan, likers[0], cancellationToken);
        var summaries = await InterleavedRounds.MeasureAsync(measurements.All, options.Warmup, options.Duration, options.Rounds, cancellationToken);
        return new EngagementResults(plan, measurements, summaries.ToDictionary(summary => summary.Name), feed.Describe());
    }

    /// <summary>Checks that every request answers in full what it is meant to, and builds the measurements of it.</summary>
    private static async Task<EngagementMeasurements> PrepareAsync(
        EngagementSuite suite,
        HttpClient client,
        LikeToggles toggles,
        FeedPageLoad feed,
        ILoadGenerator generator,
        EngagementBenchmarkOptions options,
        SeedPlan plan,
        BenchmarkUser viewer,
        CancellationToken cancellationToken)
    {
        Console.WriteLine();
        Console.WriteLine("Checking what is measured:");
        await RequireCountsAsync(client, suite.GatewayAddress, plan.Viral, "viral", plan.ViralLikes, plan.ViralComments, viewer, cancellationToken);
        await RequireCountsAsync(client, suite.GatewayAddress, plan.Ordinary, "ordinary", plan.OrdinaryLikes, plan.OrdinaryComments, viewer, cancellationToken);
        await RequireToggleAsync(client, suite.GatewayAddress, plan.Viral, viewer, cancellationToken);
        await RequireToggleAsync(client, suite.BareAddress, plan.Viral, viewer, cancellationToken);
        var firstPage = await CommentPages.WalkAsync(client, suite.GatewayAddress, plan.Viral, "viral", 1, viewer.AccessToken, cancellationToken);
        var deepPage = await CommentPages.WalkAsync(client, suite.GatewayAddress, plan.Viral, "viral", CommentPages.DeepPage, viewer.AccessToken, cancellationToken);
        await feed.RequireAsync(
            new Dictionary<string, (long, long)>
            {
                [plan.Viral.ToString()] = (plan.ViralLikes, plan.ViralComments),
                [plan.Ordinary.ToString()] = (plan.OrdinaryLikes, plan.OrdinaryComments),
            },
            cancellationToken);

        var load = new LoadSettings(options.Duration, options.Connections, options.Threads, viewer.AccessToken);
        Console.WriteLine();
        Console.WriteLine("Load commands:");
        Measurement Http(string name, Uri url)
        {
            Console.WriteLine($"  {name}: {generator.Describe(url, load)}");
            return new Measurement(name, (duration, stop) => generator.RunAsync(url, load with { Duration = duration }, stop));
        }

        Console.WriteLine($"  GetEngagement: {feed.Describe()}");
        return new EngagementMeasurements(
            ViralLikes: toggles.Measure("like+unlike viral, gateway", suite.GatewayAddress, plan.Viral),
            OrdinaryLikes: toggles.Measure("like+unlike ordinary, gateway", suite.GatewayAddress, plan.Ordinary),
            BareLikes: toggles.Measure("like+unlike viral, bare YARP", suite.BareAddress, plan.Viral),
            FirstPage: Http("comments page 1, viral", firstPage),
            DeepPage: Http($"comments page {CommentPages.DeepPage}, viral", deepPage),
            Feed: new Measurement($"GetEngagement, {FeedPage} items", feed.RunAsync));
    }

    private static GetEngagementRequest FeedRequest(BenchmarkUser viewer, IEnumerable<Guid> items)
    {
        var request = new GetEngagementRequest { ViewerId = viewer.UserId.ToString() };
        request.ContentIds.AddRange(items.Select(item => item.ToString()));
        return request;
    }

    private static async Task<Guid> PostAsync(HttpClient client, Uri engagement, BenchmarkUser owner, string caption, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(engagement, "/api/v1/content"))
        {
            Content = JsonContent.Create(new { mediaUrl = "https://cdn.example.com/bench.mp4", caption }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", owner.AccessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created || !Guid.TryParse(body.GetProperty("contentId").GetString(), out var id))
        {
            throw new BenchmarkFailedException($"POST /api/v1/content answered {(int)response.StatusCode}: {body}");
        }

        return id;
    }

    /// <summary>The item as the viewer reads it through the gateway: its stored counts must be what was seeded.</summary>
    private static async Task RequireCountsAsync(
        HttpClient client, Uri gateway, Guid item, string label, long likes, long comments, BenchmarkUser viewer, CancellationToken cancellationToken)
    {
        var body = await SendAsync(client, HttpMethod.Get, new Uri(gateway, $"/api/v1/content/{item}"), viewer, cancellationToken);
        var (storedLikes, storedComments) = (body.GetProperty("likesCount").GetInt64(), body.GetProperty("commentsCount").GetInt64());
        if ((storedLikes, storedComments) != (likes, comments))
        {
            throw new BenchmarkFailedException($"The {label} item reads {storedLikes} likes and {storedComments} comments; {likes} and {comments} were seeded.");
        }

        Console.WriteLine($"  GET {label} item through the gateway -> {Figures.Count(storedLikes)} likes, {Figures.Count(storedComments)} comments");
    }

    /// <summary>A like and an unlike through <paramref name="entry"/> each change the count by one: the path measured writes.</summary>
    private static async Task RequireToggleAsync(HttpClient client, Uri entry, Guid item, BenchmarkUser viewer, CancellationToken cancellationToken)
    {
        var url = new Uri(entry, LikeToggles.LikePath(item));
        var liked = await SendAsync(client, HttpMethod.Put, url, viewer, cancellationToken);
        var unliked = await SendAsync(client, HttpMethod.Delete, url, viewer, cancellationToken);
        if (!liked.GetProperty("liked").GetBoolean() || unliked.GetProperty("liked").GetBoolean()
            || liked.GetProperty("likesCount").GetInt64() != unliked.GetProperty("likesCount").GetInt64() + 1)
        {
            throw new BenchmarkFailedException($"Like then unlike at {url} answered {liked} and {unliked}.");
        }

        Console.WriteLine($"  PUT + DELETE {url} -> liked at {Figures.Count(liked.GetProperty("likesCount").GetInt64())}, then back");
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, Uri url, BenchmarkUser user, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", user.AccessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"{method} {url} answered {(int)response.StatusCode}: {body}");
        }

        return body;
    }

    private static void PrintHeader(EngagementBenchmarkOptions options, string command, ILoadGenerator generator)
    {
        Console.WriteLine(
            $"Social Engagement viral-item benchmark: an item with {Figures.Count(options.ViralLikes)} likes and {Figures.Count(options.ViralComments)} "
            + $"comments vs one with {EngagementBenchmarkOptions.OrdinaryLikes} of each: like + unlike, comment pages, GetEngagement, gateway vs bare YARP");
        Console.WriteLine($"  command:     {command}");
        Console.WriteLine($"  machine:     {RunEnvironment.Machine}");
        var threads = generator is WrkLoadGenerator ? $", {options.Threads} threads" : string.Empty;
        Console.WriteLine(
            $"  load:        HTTP by {generator.Name}, {options.Connections} connections{threads}, likes by {Figures.Count(options.Likers)} users; "
            + $"GetEngagement by {options.Callers} in-process gRPC callers");
        Console.WriteLine(
            $"  schedule:    {options.Warmup.TotalSeconds:0} s warm-up per measurement, then {options.Rounds} round(s) of "
            + $"{options.Duration.TotalSeconds:0} s per measurement");
        Console.WriteLine($"  targets:     viral / ordinary and page {CommentPages.DeepPage} / page 1 at most {Figures.Ratio(EngagementReport.Target)} (informative, no exit code)");
        Console.WriteLine($"  this build:  {RunEnvironment.ConfigurationOf(typeof(EngagementBenchmarkRun).Assembly)}");
        if (!RunEnvironment.IsRelease(typeof(EngagementBenchmarkRun).Assembly))
        {
            Console.WriteLine("  WARNING: the benchmark itself is not a Release build, so its in-process load is slower than it should be: use -c Release.");
        }
    }
}

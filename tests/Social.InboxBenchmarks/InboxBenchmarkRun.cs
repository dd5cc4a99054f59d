using System.Diagnostics;
using MassTransit;
using Social.StreamBenchmarks;
using Social.Testing;

namespace Social.InboxBenchmarks;

/// <summary>
/// The whole run: build and start Profile, Graph, Messaging and the gateway on a fresh broker; sign up a celebrity, an
/// ordinary user and the likers; measure the raw MassTransit consume rate and Messaging's inbox consumer throughput on
/// bursts of the same size; then, while the celebrity receives likes at the set rate across their items, read both
/// users' first inbox pages through the gateway and probe like to badge-on-stream latency on the ordinary user.
/// Likes are published straight to the broker, as Engagement's relay publishes them.
/// </summary>
internal static class InboxBenchmarkRun
{
    /// <summary>Likes (and pings) sent once before measuring, so that one-time costs stay out of the measured bursts.</summary>
    private const int WarmUpBurst = 500;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task ExecuteAsync(InboxBenchmarkOptions options, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Activity inbox benchmark: {options.LikesPerMinute} likes/min over {options.Items} items for {options.Duration.TotalSeconds:0} s, bursts of {options.Burst}");
        Console.WriteLine($"  {RunEnvironment.CommandLine("tests/Social.InboxBenchmarks", args)}");
        Console.WriteLine($"  {RunEnvironment.Machine}");
        var assemblies = await ServiceAssemblies.PrepareAsync(options.BuildServices, cancellationToken);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        Console.WriteLine();
        Console.WriteLine("Starting:");
        await using var suite = await StreamSuite.StartAsync(assemblies, probe, cancellationToken);
        using var gateway = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = suite.GatewayAddress, Timeout = Timeout.InfiniteTimeSpan };
        var users = await StreamUsers.SignUpAsync(probe, suite.ProfileAddress, options.Likers + 2, "i", cancellationToken);
        var (celebrity, ordinary, likers) = (users[0], users[1], users.Skip(2).Select(u => u.UserId).ToList());
        var likes = new LikeSource(celebrity.UserId, [.. Enumerable.Range(0, options.Items).Select(_ => Guid.CreateVersion7())], likers);

        var bus = Bus.Factory.CreateUsingRabbitMq(configure =>
        {
            configure.Host(new Uri(suite.BrokerConnectionString));
            configure.ReceiveEndpoint("inbox-benchmark-ping", endpoint => endpoint.Consumer<PingCounter>());
        });
        await bus.StartAsync(cancellationToken);
        try
        {
            // Both paths once before measuring: the first burst pays one-time costs (compilation, the first
            // client-credentials token and connection to Graph, the queues' first deliveries) that are not throughput.
            Console.WriteLine();
            Console.WriteLine($"Warming both paths with bursts of {WarmUpBurst}:");
            await RawConsumeRateAsync(bus, WarmUpBurst, cancellationToken);
            await InboxConsumeRateAsync(gateway, bus, celebrity, likes, WarmUpBurst, cancellationToken);

            Console.WriteLine();
            Console.WriteLine($"Bursts of {options.Burst}:");
            var raw = await RawConsumeRateAsync(bus, options.Burst, cancellationToken);
            Console.WriteLine($"  raw MassTransit publish + consume: {raw:0} messages/s");
            var inbox = await InboxConsumeRateAsync(gateway, bus, celebrity, likes, options.Burst, cancellationToken);
            Console.WriteLine($"  Messaging's inbox consumer (like applied, on the celebrity's stream): {inbox:0} likes/s");

            await SeedOrdinaryAsync(gateway, bus, ordinary, likers, cancellationToken);
            Console.WriteLine();
            Console.WriteLine($"Measuring for {options.Duration.TotalSeconds:0} s under {options.LikesPerMinute} likes/min to the celebrity:");
            using var stop = new CancellationTokenSource(options.Duration);
            var publishing = PublishAtRateAsync(bus, likes, options.LikesPerMinute / 60.0, stop.Token);
            var pages = InboxPages.ReadAsync(gateway, celebrity, ordinary, stop.Token);
            var badges = BadgeProbe.RunAsync(gateway, bus, ordinary, likers[0], stop.Token);
            var published = await publishing;
            var (celebrityPages, ordinaryPages) = await pages;
            var badgeLatencies = await badges;
            var entries = await InboxPages.CountAsync(gateway, celebrity, cancellationToken);

            Console.WriteLine();
            Console.WriteLine("Results:");
            Console.WriteLine($"  likes published to the celebrity in the run: {published}; their inbox holds {entries} entries (target <= {options.Items} within a day)");
            var celebrityP99 = P99(celebrityPages);
            var ordinaryP99 = P99(ordinaryPages);
            Console.WriteLine($"  first page p99: celebrity {Ms(celebrityP99)}, ordinary {Ms(ordinaryP99)} ({celebrityPages.Count} + {ordinaryPages.Count} reads); ratio {celebrityP99 / ordinaryP99:0.00} (target <= 1.5)");
            Console.WriteLine($"  inbox consumer / raw consume rate: {inbox / raw:0.00} (target >= 0.5)");
            Console.WriteLine($"  like -> badge on stream: p50 {Ms(P(badgeLatencies, 50))}, p99 {Ms(P99(badgeLatencies))} ({badgeLatencies.Count} probes)");
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<double> RawConsumeRateAsync(IBusControl bus, int count, CancellationToken cancellationToken)
    {
        var before = PingCounter.Consumed;
        var started = Stopwatch.GetTimestamp();
        await PublishAllAsync(count, i => bus.Publish(new BenchmarkPing { Number = i }, cancellationToken));
        while (PingCounter.Consumed - before < count)
        {
            await Task.Delay(10, cancellationToken);
        }

        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Likes the celebrity has not had, published at once; the rate at which their stream shows each applied.</summary>
    private static async Task<double> InboxConsumeRateAsync(HttpClient gateway, IBus bus, StreamUser celebrity, LikeSource likes, int count, CancellationToken cancellationToken)
    {
        await using var stream = await EventStreamReader.OpenAsync(gateway, "/api/v1/stream", celebrity.Token);
        var started = Stopwatch.GetTimestamp();
        await PublishAllAsync(count, _ => bus.Publish(likes.Next(), cancellationToken));
        for (var applied = 0; applied < count;)
        {
            if ((await stream.NextAsync(Patience)).Type == "activity")
            {
                applied++;
            }
        }

        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>An ordinary inbox to compare with: a like on each of twenty items of theirs.</summary>
    private static async Task SeedOrdinaryAsync(HttpClient gateway, IBus bus, StreamUser ordinary, IReadOnlyList<Guid> likers, CancellationToken cancellationToken)
    {
        var ordinaryLikes = new LikeSource(ordinary.UserId, [.. Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7())], likers);
        await PublishAllAsync(20, _ => bus.Publish(ordinaryLikes.Next(), cancellationToken));
        await Eventually.ReturnsAsync(() => InboxPages.CountAsync(gateway, ordinary, cancellationToken), n => n >= 20, Patience, "the ordinary user's inbox");
    }

    private static async Task<int> PublishAtRateAsync(IBus bus, LikeSource likes, double perSecond, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        var sent = 0;
        while (!stop.IsCancellationRequested)
        {
            var due = (int)(Stopwatch.GetElapsedTime(started).TotalSeconds * perSecond);
            for (; sent < due; sent++)
            {
                await bus.Publish(likes.Next(), CancellationToken.None);
            }

            await Task.Delay(5, CancellationToken.None);
        }

        return sent;
    }

    private static async Task PublishAllAsync(int count, Func<int, Task> publish)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(200))
        {
            await Task.WhenAll(chunk.Select(publish));
        }
    }

    private static TimeSpan P(List<long> ticks, double percent) => ticks.Count == 0 ? TimeSpan.Zero : Percentiles.Of([.. ticks.Order()], percent);

    private static TimeSpan P99(List<long> ticks) => P(ticks, 99);

    private static string Ms(TimeSpan value) => $"{value.TotalMilliseconds:0.0} ms";
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Social.StreamBenchmarks;

/// <summary>
/// The whole run: build and start the services, sign the users up in pairs, start each pair's 1:1, open every user's
/// stream through the gateway (reading Messaging's memory before and after), warm the send path up, then for each rate
/// send messages for the set time, open loop, and measure how long each took from the send call to its arrival on the recipient's stream.
/// </summary>
internal static class StreamBenchmarkRun
{
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(15);

    public static async Task ExecuteAsync(StreamBenchmarkOptions options, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var command = RunEnvironment.CommandLine("tests/Social.StreamBenchmarks", args);
        Console.WriteLine($"Live stream benchmark: {options.Streams} open streams, rates {string.Join(", ", options.Rates)} messages/s, {options.Duration.TotalSeconds:0} s each");
        Console.WriteLine($"  {command}");
        Console.WriteLine($"  {RunEnvironment.Machine}");

        var assemblies = await ServiceAssemblies.PrepareAsync(options.BuildServices, cancellationToken);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        Console.WriteLine();
        Console.WriteLine("Starting:");
        await using var suite = await StreamSuite.StartAsync(assemblies, probe, cancellationToken);
        using var gateway = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = suite.GatewayAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };

        Console.WriteLine();
        Console.WriteLine($"Signing up {options.Streams} users and starting {options.Streams / 2} conversations:");
        var users = await StreamUsers.SignUpAsync(probe, suite.ProfileAddress, options.Streams, "s", cancellationToken);
        var conversations = new string[options.Streams / 2];
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations.Length), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (pair, ct) =>
            conversations[pair] = await StartAsync(gateway, users[2 * pair], users[(2 * pair) + 1], ct));

        Console.WriteLine();
        Console.WriteLine($"Opening {users.Count} streams through the gateway:");
        var before = ResidentBytes(suite.MessagingProcessId);
        var deliveries = new Deliveries();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readers = new Task[users.Count];
        var opening = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, users.Count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (i, _) =>
            readers[i] = await OpenStream.StartAsync(gateway, users[i], deliveries, stop.Token));
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        var after = ResidentBytes(suite.MessagingProcessId);
        Console.WriteLine($"  {users.Count} streams open in {opening.Elapsed.TotalSeconds:0.0} s; Messaging's resident memory {Mb(before)} -> {Mb(after)} ({(after - before) / 1024.0 / users.Count:0.0} KiB per stream)");

        // What the open streams cost while nothing is sent: one heartbeat interval (15 s) covers every stream's
        // heartbeat once, and whatever idle streams read from the store at heartbeats.
        Console.WriteLine();
        Console.WriteLine($"Holding {users.Count} idle streams for {IdleWindow.TotalSeconds:0} s:");
        var idleCpu = CpuShares.Start(suite.Processes);
        await Task.Delay(IdleWindow, cancellationToken);
        var idle = idleCpu.Stop();
        Console.WriteLine($"  {idle}");

        await using var bare = await BareBroker.StartAsync(suite.BrokerConnectionString, cancellationToken);
        Func<int, string, CancellationToken, Task<bool>> send = (n, text, ct) =>
        {
            var pair = n % conversations.Length;
            var sender = users[(2 * pair) + ((n / conversations.Length) % 2)];
            return SendAsync(gateway, sender, conversations[pair], text, ct);
        };
        if (options.WarmUp > TimeSpan.Zero)
        {
            // The send path runs here for the first time: its code is compiled, then recompiled hot, while it runs.
            // Left in the first measured run, that run measures the compiler too.
            Console.WriteLine();
            Console.WriteLine($"Warming up: sending {options.Rates[0]} messages/s for {options.WarmUp.TotalSeconds:0} s, not measured:");
            var warm = await MeasureAsync(deliveries, options.Rates[0], options with { Duration = options.WarmUp }, send, cancellationToken);
            Console.WriteLine($"  {warm}");
            await MeasureAsync(bare.Deliveries, options.Rates[0], options with { Duration = options.WarmUp }, (_, text, ct) => bare.PublishAsync(text, ct), cancellationToken);
        }

        var results = new List<string>();
        foreach (var rate in options.Rates)
        {
            Console.WriteLine();
            Console.WriteLine($"Sending {rate} messages/s for {options.Duration.TotalSeconds:0} s, then publishing as many bare pings:");
            var cpu = CpuShares.Start(suite.Processes);
            var stream = await MeasureAsync(deliveries, rate, options, send, cancellationToken);
            var streamCpu = cpu.Stop();
            Console.WriteLine($"  through the gateway to a stream: {stream}");
            Console.WriteLine($"    {streamCpu}");
            var baseline = await MeasureAsync(bare.Deliveries, rate, options, (_, text, ct) => bare.PublishAsync(text, ct), cancellationToken);
            Console.WriteLine($"  bare publish -> consume:         {baseline}");
            results.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{rate}/s: stream {stream}{Environment.NewLine}    {streamCpu}{Environment.NewLine}    bare {baseline}{Environment.NewLine}    stream / bare: p50 {Ratio(stream.P50, baseline.P50)}, p99 {Ratio(stream.P99, baseline.P99)}"));
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Console.WriteLine();
        Console.WriteLine("Results (send call started -> event read from the recipient's stream through the gateway; bare: publish call started -> consumed):");
        Console.WriteLine($"  open streams: {users.Count}; Messaging memory per open stream: {(after - before) / 1024.0 / users.Count:0.0} KiB");
        Console.WriteLine($"  idle: {idle}");
        foreach (var line in results)
        {
            Console.WriteLine($"  {line}");
        }
    }

    /// <summary>Sends <paramref name="rate"/> a second for the set time, open loop, and waits for the deliveries.</summary>
    private static async Task<RateFigures> MeasureAsync(
        Deliveries deliveries, int rate, StreamBenchmarkOptions options, Func<int, string, CancellationToken, Task<bool>> send, CancellationToken cancellationToken)
    {
        deliveries.TakeSorted();
        var total = (int)(rate * options.Duration.TotalSeconds);
        using var senders = new SemaphoreSlim(options.Senders);
        var sends = new List<Task>(total);
        var calls = new System.Collections.Concurrent.ConcurrentQueue<long>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            await senders.WaitAsync(cancellationToken);
            var number = n;
            var text = $"r{rate}-{Guid.NewGuid():N}";
            sends.Add(Task.Run(
                async () =>
                {
                    try
                    {
                        deliveries.Sending(text);
                        var started = Stopwatch.GetTimestamp();
                        if (!await send(number, text, cancellationToken))
                        {
                            Interlocked.Increment(ref failures);
                        }

                        calls.Enqueue(Stopwatch.GetTimestamp() - started);
                    }
                    finally
                    {
                        senders.Release();
                    }
                },
                cancellationToken));
        }

        await Task.WhenAll(sends);
        var sendSeconds = clock.Elapsed.TotalSeconds;
        var drained = Stopwatch.StartNew();
        while (deliveries.Delivered < total - failures && drained.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50, cancellationToken);
        }

        var latencies = deliveries.TakeSorted();
        var callTimes = calls.Order().ToArray();
        TimeSpan At(double percent) => latencies.Length == 0 ? TimeSpan.Zero : Percentiles.Of(latencies, percent);
        TimeSpan CallAt(double percent) => callTimes.Length == 0 ? TimeSpan.Zero : Percentiles.Of(callTimes, percent);
        return new RateFigures(
            total - failures,
            (total - failures) / sendSeconds,
            failures,
            latencies.Length,
            At(50),
            At(99),
            At(100),
            CallAt(50),
            CallAt(99));
    }

    private static async Task<string> StartAsync(HttpClient gateway, StreamUser creator, StreamUser other, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/conversations")
        {
            Content = new StringContent($$"""{"memberIds":["{{other.UserId}}"]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", creator.Token);
        using var response = await gateway.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
            ? JsonDocument.Parse(body).RootElement.GetProperty("conversationId").GetString()!
            : throw new BenchmarkFailedException($"Starting a conversation answered {(int)response.StatusCode}: {body}");
    }

    private static async Task<bool> SendAsync(HttpClient gateway, StreamUser sender, string conversationId, string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{conversationId}/messages")
        {
            Content = new StringContent($$"""{"clientMessageId":"{{text}}","text":"{{text}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sender.Token);
        using var response = await gateway.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Created;
    }

    /// <summary>The process's resident set (VmRSS), in bytes.</summary>
    private static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static string Ratio(TimeSpan measured, TimeSpan baseline) =>
        baseline > TimeSpan.Zero ? string.Create(CultureInfo.InvariantCulture, $"{measured / baseline:0.0}x") : "n/a";

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:0} MiB";
}

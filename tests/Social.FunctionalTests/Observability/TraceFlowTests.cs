using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Observability;

/// <summary>One trace runs from the sign-up request through the outbox relay and RabbitMQ to both consumers, tagged with ids only.</summary>
public sealed class TraceFlowTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly ConcurrentQueue<Activity> _finished = new();
    private ActivityListener? _listener;
    private Suite _suite = null!;

    public async ValueTask InitializeAsync()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or "Social" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _finished.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
        _suite = await Suite.StartAsync(broker.Node);
    }

    public async ValueTask DisposeAsync()
    {
        await _suite.DisposeAsync();
        _listener?.Dispose();
    }

    [Fact]
    public async Task A_sign_up_trace_reaches_the_relay_and_both_consumers_without_personal_data_on_spans()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var handle = ProfileApi.UniqueHandle("traced");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/accounts")
        {
            Content = JsonContent.Create(new { handle, password = "long-enough-secret", displayName = "Traced Person" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var response = await _suite.Profile.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        // Spans end on their own threads: the relay's producer span ends once the broker confirms, which can be after
        // both consumers are done, and the request's server span may end after the client has its answer. So wait
        // until every span asserted on has ended, not only the consumers'.
        var spans = await Eventually.ReturnsAsync(
            () => Task.FromResult(InTrace(traceId)),
            spans => ProcessedBy(spans).Count == 2 && spans.Any(IsRelayPublish) && spans.Any(IsRequest),
            TimeSpan.FromSeconds(30),
            "the request, the relay's publish and Graph and Messaging processing the event, in the request's trace");

        Assert.Equal(["graph-account-created", "messaging-account-created"], ProcessedBy(spans));
        Assert.DoesNotContain(spans, a => a.TagObjects.Any(tag => tag.Value?.ToString()?.Contains(handle, StringComparison.Ordinal) == true));
    }

    private static bool IsRelayPublish(Activity span) => span.Source.Name == "Social" && span.Kind == ActivityKind.Producer;

    private static bool IsRequest(Activity span) => span.Source.Name == "Microsoft.AspNetCore";

    /// <summary>The queues whose consumers processed a message in this trace (MassTransit names process spans "{queue} process").</summary>
    private static List<string> ProcessedBy(List<Activity> spans) =>
        [.. spans
            .Where(a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer && a.DisplayName.EndsWith(" process", StringComparison.Ordinal))
            .Select(a => a.DisplayName[..^" process".Length])
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private List<Activity> InTrace(ActivityTraceId traceId) => [.. _finished.Where(a => a.TraceId == traceId)];
}

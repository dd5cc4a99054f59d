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

        var processed = await Eventually.ReturnsAsync(
            () => Task.FromResult(ProcessedBy(traceId)),
            queues => queues.Count == 2, TimeSpan.FromSeconds(30), "Graph and Messaging processing the event in the request's trace");

        Assert.Equal(["graph-account-created", "messaging-account-created"], processed);
        var spans = InTrace(traceId);
        Assert.Contains(spans, a => a.Source.Name == "Social" && a.Kind == ActivityKind.Producer);
        Assert.Contains(spans, a => a.Source.Name == "Microsoft.AspNetCore");
        Assert.DoesNotContain(spans, a => a.TagObjects.Any(tag => tag.Value?.ToString()?.Contains(handle, StringComparison.Ordinal) == true));
    }

    /// <summary>The queues whose consumers processed a message in this trace (MassTransit names process spans "{queue} process").</summary>
    private List<string> ProcessedBy(ActivityTraceId traceId) =>
        [.. InTrace(traceId)
            .Where(a => a.Source.Name == "MassTransit" && a.Kind == ActivityKind.Consumer && a.DisplayName.EndsWith(" process", StringComparison.Ordinal))
            .Select(a => a.DisplayName[..^" process".Length])
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private List<Activity> InTrace(ActivityTraceId traceId) => [.. _finished.Where(a => a.TraceId == traceId)];
}

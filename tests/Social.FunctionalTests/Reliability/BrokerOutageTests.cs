using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Reliability;

/// <summary>
/// The broker goes down in the middle of a stream of sign-ups and comes back: every request still succeeds, and every
/// AccountCreated reaches Graph and Messaging exactly once. This class runs its own RabbitMQ node, since it stops it.
/// </summary>
public sealed class BrokerOutageTests : IAsyncLifetime
{
    private const int SignUps = 500;
    private RabbitMqNode _node = null!;
    private Suite _suite = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RabbitMqNode.StartNewAsync();
        _suite = await Suite.StartAsync(_node);
    }

    public async ValueTask DisposeAsync()
    {
        await _suite.DisposeAsync();
        await _node.DisposeAsync();
    }

    [Fact]
    public async Task Every_event_of_500_sign_ups_is_consumed_exactly_once_across_a_broker_restart()
    {
        using var inbox = new InboxMeter();
        var completed = 0;
        var brokerStopped = new TaskCompletionSource();
        var outage = Task.Run(async () =>
        {
            while (Volatile.Read(ref completed) < SignUps / 5)
            {
                await Task.Delay(20);
            }

            await _node.StopAsync();
            brokerStopped.SetResult();
        });

        var handles = Enumerable.Range(0, SignUps).Select(i => (Index: i, Handle: $"outage_{i}_{Guid.NewGuid():N}"[..30])).ToList();
        var statuses = new List<HttpStatusCode>();
        await Parallel.ForEachAsync(handles, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (signUp, _) =>
        {
            // The broker stops while sign-ups go on; the last fifth waits until it is down, so an outage is certain to
            // fall inside the stream however fast the rest of it runs.
            if (signUp.Index >= SignUps * 4 / 5)
            {
                await brokerStopped.Task;
            }

            var response = await ProfileApi.SignUpAsync(_suite.Profile.CreateClient(), signUp.Handle);
            lock (statuses)
            {
                statuses.Add(response.StatusCode);
            }

            Interlocked.Increment(ref completed);
        });
        await outage;

        // Requests never depended on the broker.
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Created, status));
        var pendingWhileDown = await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM outbox WHERE published_at IS NULL");
        Assert.True(pendingWhileDown > 0, "Some events must have waited in the outbox while the broker was down.");

        await _node.StartAsync();

        var patience = TimeSpan.FromMinutes(3);
        await Eventually.ReturnsAsync(() => CountAsync("graph", "users"), n => n >= SignUps, patience, "500 graph users");
        await Eventually.ReturnsAsync(() => CountAsync(ResourceNames.Messaging, "users"), n => n >= SignUps, patience, "500 messaging users");

        Assert.Equal(SignUps, await CountAsync("graph", "users"));
        Assert.Equal(SignUps, await CountAsync(ResourceNames.Messaging, "users"));
        Assert.Equal(SignUps, inbox.Applied(ConsumerNames.GraphAccountCreated));
        Assert.Equal(SignUps, inbox.Applied(ConsumerNames.MessagingAccountCreated));
        Assert.Equal(0, await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM outbox WHERE published_at IS NULL"));
        // The outage failed every publish for a while: none of those failures was held against a message.
        Assert.Equal(0, await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM outbox_dead_letters"));
    }

    private Task<long> CountAsync(string service, string table) =>
        SqliteProbe.CountAsync(_suite.DatabaseOf(service), $"SELECT COUNT(*) FROM {table}");
}

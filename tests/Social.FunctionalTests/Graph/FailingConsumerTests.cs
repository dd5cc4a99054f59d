using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Social.FunctionalTests.Infrastructure;
using Social.Graph.Storage;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Graph;

/// <summary>
/// A consumer whose storage keeps failing: the message is retried at once, then redelivered after each delay, then
/// parked in the error queue, never lost.
/// </summary>
public sealed class FailingConsumerTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly BrokenGraphStore _store = BrokenGraphStore.Create();
    private Suite _suite = null!;

    public async ValueTask InitializeAsync() =>
        _suite = await Suite.StartAsync(broker.Node, services => services.AddSingleton(_store.AsStore()));

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_consumer_that_keeps_throwing_is_retried_and_redelivered_then_its_message_lands_in_the_error_queue()
    {
        var created = await ProfileApi.SignUpAsync(_suite.Profile.CreateClient(), ProfileApi.UniqueHandle());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var errorQueue = $"{ResourceNames.Graph}-account-created_error";
        var parked = await Eventually.ReturnsAsync(
            () => Social.Testing.RabbitMqNode.CountMessagesAsync(_suite.BrokerConnectionString, errorQueue),
            count => count == 1, TimeSpan.FromSeconds(30), $"the message in {errorQueue}");

        Assert.Equal(1u, parked);
        // The first delivery and EventBus:RetryLimit = 3 immediate retries, then the same again after each of the two
        // EventBus:Redelivery:Delays levels of the test settings.
        Assert.Equal((1 + 3) * (1 + 2), _store.Attempts);
    }

    /// <summary>A graph store whose disk is gone: every call throws; applying consumed messages counts its attempts.</summary>
    public class BrokenGraphStore : DispatchProxy
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public static BrokenGraphStore Create() => (BrokenGraphStore)(object)Create<IGraphStore, BrokenGraphStore>();

        public IGraphStore AsStore() => (IGraphStore)(object)this;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name == nameof(IGraphStore.ApplyOnceAsync))
            {
                Interlocked.Increment(ref _attempts);
            }

            throw new IOException("disk unavailable");
        }
    }
}

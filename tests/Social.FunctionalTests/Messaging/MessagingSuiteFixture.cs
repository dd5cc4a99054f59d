using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Messaging;

/// <summary>
/// One suite (Profile, Graph, Messaging) on the shared broker for all the tests of one Messaging API class, with
/// clients for Graph's and Messaging's public APIs. Each test works with users of its own, so the tests of a class
/// share the services without sharing any state.
/// </summary>
public sealed class MessagingSuiteFixture(SharedBroker broker) : IAsyncLifetime
{
    public Suite Services { get; private set; } = null!;

    public GraphApi Graph { get; private set; } = null!;

    public MessagingApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Services = await Suite.StartAsync(broker.Node);
        Graph = new GraphApi(Services);
        Api = new MessagingApi(Services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

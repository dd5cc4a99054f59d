using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Messaging;

/// <summary>
/// One suite (Profile, Graph, Engagement, Messaging) on the shared broker for the activity inbox's tests: follows and
/// likes are made at Graph and Engagement, and reach Messaging as their events. Each test works with users of its own.
/// </summary>
public sealed class ActivitySuiteFixture(SharedBroker broker) : IAsyncLifetime
{
    public Suite Services { get; private set; } = null!;

    public GraphApi Graph { get; private set; } = null!;

    public EngagementApi Engagement { get; private set; } = null!;

    public MessagingApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Services = await Suite.StartAsync(broker.Node, withEngagement: true);
        Graph = new GraphApi(Services);
        Engagement = new EngagementApi(Services);
        Api = new MessagingApi(Services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

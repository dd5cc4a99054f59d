using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Engagement;

/// <summary>
/// One suite (Profile, Graph, Engagement) on the shared broker for all the tests of one Engagement API class, with
/// clients for Graph's and Engagement's public APIs. Each test works with users of its own, so the tests of a class
/// share the services without sharing any state.
/// </summary>
public sealed class EngagementSuiteFixture(SharedBroker broker) : IAsyncLifetime
{
    public Suite Services { get; private set; } = null!;

    public GraphApi Graph { get; private set; } = null!;

    public EngagementApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Services = await Suite.StartAsync(broker.Node, withEngagement: true);
        Graph = new GraphApi(Services);
        Api = new EngagementApi(Services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

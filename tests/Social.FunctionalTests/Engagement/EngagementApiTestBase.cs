using Social.FunctionalTests.Infrastructure;

namespace Social.FunctionalTests.Engagement;

/// <summary>
/// A test class of Engagement's API: each test gets its own suite (Profile, Graph, Engagement) on the shared broker,
/// with clients for Graph's and Engagement's public APIs.
/// </summary>
public abstract class EngagementApiTestBase(SharedBroker broker) : IAsyncLifetime
{
    protected Suite Services { get; private set; } = null!;

    protected GraphApi Graph { get; private set; } = null!;

    protected EngagementApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Services = await Suite.StartAsync(broker.Node, withEngagement: true);
        Graph = new GraphApi(Services);
        Api = new EngagementApi(Services);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

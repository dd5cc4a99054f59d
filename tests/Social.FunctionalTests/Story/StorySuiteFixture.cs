using Microsoft.Extensions.DependencyInjection;
using Social.FunctionalTests.Infrastructure;
using Social.Story.Domain.Blocks;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Reading;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;

namespace Social.FunctionalTests.Story;

/// <summary>
/// One suite (Profile, Graph, Messaging, Story) on the shared broker for all the tests of one Story API class, with
/// clients for Graph's, Messaging's and Story's public APIs. Story's use cases read <see cref="Clock"/>, which a test
/// moves forward to let stories expire; everything else keeps real time. Each test works with users of its own.
/// </summary>
public sealed class StorySuiteFixture(SharedBroker broker) : IAsyncLifetime
{
    private static readonly Type[] UseCasesWithAClock =
        [typeof(Posting), typeof(StoryReads), typeof(StoryTray), typeof(TrayFanOut), typeof(TrayFollows), typeof(Viewing), typeof(Replying), typeof(Highlighting),
            typeof(BlockReplica)];

    public Suite Services { get; private set; } = null!;

    public ShiftedClock Clock { get; } = new();

    public GraphApi Graph { get; private set; } = null!;

    public MessagingApi Messaging { get; private set; } = null!;

    public StoryApi Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Services = await Suite.StartAsync(broker.Node, withStory: true, replaceStoryServices: services =>
        {
            foreach (var type in UseCasesWithAClock)
            {
                services.AddSingleton(type, provider => ActivatorUtilities.CreateInstance(provider, type, Clock));
            }
        });
        Graph = new GraphApi(Services);
        Messaging = new MessagingApi(Services);
        Api = new StoryApi(Services);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

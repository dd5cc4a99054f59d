using Microsoft.Extensions.Options;
using Social.EventBus.Outbox;
using Social.KnownUsers;
using Social.Relationships;
using Social.Storage.FanOuts;
using Social.Story.Domain.Access;
using Social.Story.Domain.Blocks;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Reading;
using Social.Story.Domain.Replies;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Users;
using Social.Story.Domain.Views;
using Social.Story.Storage;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Story as its API and consumers drive it: the domain's use cases over one storage adapter, with Graph's answers from
/// <see cref="Relationships"/> and Messaging's from <see cref="Messages"/>. The conformance suite runs the same
/// scenarios through it on every adapter. A post runs its tray fan-out's first batch, as the API does; the rest waits
/// for <see cref="TrayFanOut.RunUntilIdleAsync"/> (no worker runs here). <paramref name="options"/> sets the fan-out's
/// limits (defaults otherwise).
/// </summary>
public sealed class StoryUnderTest
{
    /// <summary>No worker listens here: the fan-outs run when a post or a test runs them.</summary>
    private static readonly FanOutSignal<TrayFanOut> Unheard = new();

    internal StoryUnderTest(IStoryStore store, IOutboxStore outbox, TimeProvider clock, StoryOptions? options = null)
    {
        var storyOptions = Options.Create(options ?? new StoryOptions());
        Adapter = store;
        Outbox = outbox;
        Messages = new FakeDirectMessages(clock);
        Users = new KnownUsers<IStoryTransaction>(store, new StoryUserEffects(), new KnownUsersScope("story"), new NoAccounts());
        var viewers = new Viewers(store, new GraphRelationships(Relationships));
        FanOut = new TrayFanOut(store, Relationships, Unheard, storyOptions, clock);
        Follows = new TrayFollows(store, clock);
        Posting = new Posting(store, viewers, Users, FanOut, storyOptions, clock);
        Reads = new StoryReads(store, viewers, Users, clock);
        Tray = new StoryTray(store, viewers, new FakeProfiles(), clock);
        Viewing = new Viewing(store, Reads, viewers, new FakeProfiles(), clock);
        Replying = new Replying(store, Reads, Messages, clock);
        Highlighting = new Highlighting(store, viewers, Users, clock);
        Blocks = new BlockReplica(store, clock);
    }

    public IStoryStore Adapter { get; }

    public IOutboxStore Outbox { get; }

    internal FakeRelationships Relationships { get; } = new();

    internal FakeDirectMessages Messages { get; }

    public KnownUsers<IStoryTransaction> Users { get; }

    public TrayFanOut FanOut { get; }

    public TrayFollows Follows { get; }

    public Posting Posting { get; }

    public StoryReads Reads { get; }

    public StoryTray Tray { get; }

    public Viewing Viewing { get; }

    public Replying Replying { get; }

    public Highlighting Highlighting { get; }

    public BlockReplica Blocks { get; }

    /// <summary>Every event written so far, oldest first.</summary>
    public async Task<IReadOnlyList<object>> EventsAsync() =>
        [.. (await Outbox.ReadPendingAsync(int.MaxValue, TestContext.Current.CancellationToken)).Select(EventTypes.Deserialize)];
}

using Microsoft.Extensions.Options;
using Social.EventBus.Outbox;
using Social.KnownUsers;
using Social.Relationships;
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
/// scenarios through it on every adapter.
/// </summary>
public sealed class StoryUnderTest
{
    internal StoryUnderTest(IStoryStore store, IOutboxStore outbox, TimeProvider clock)
    {
        Adapter = store;
        Outbox = outbox;
        Messages = new FakeDirectMessages(clock);
        Users = new KnownUsers<IStoryTransaction>(store, new StoryUserEffects(), new KnownUsersScope("story"), new NoAccounts());
        var viewers = new Viewers(store, new GraphRelationships(Relationships));
        Posting = new Posting(store, viewers, Users, Options.Create(new StoryOptions()), clock);
        Reads = new StoryReads(store, viewers, Users, clock);
        Tray = new StoryTray(store, new GraphFollowing(Relationships), viewers, new FakeProfiles(), Options.Create(new StoryOptions()), clock);
        Viewing = new Viewing(store, Reads, viewers, new FakeProfiles(), clock);
        Replying = new Replying(store, Reads, Messages, clock);
        Highlighting = new Highlighting(store, viewers, Users, clock);
        Blocks = new BlockReplica(store);
    }

    public IStoryStore Adapter { get; }

    public IOutboxStore Outbox { get; }

    internal FakeRelationships Relationships { get; } = new();

    internal FakeDirectMessages Messages { get; }

    public KnownUsers<IStoryTransaction> Users { get; }

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

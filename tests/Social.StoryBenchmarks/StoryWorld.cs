using Microsoft.Extensions.Options;
using Social.EventBus.Outbox;
using Social.KnownUsers;
using Social.Relationships;
using Social.Storage.FanOuts;
using Social.Storage.Sqlite;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Users;
using Social.Story.Domain.Views;
using Social.Story.Domain.Reading;
using Social.Story.Storage;
using Social.Story.Storage.Sqlite;
using Social.Testing;

namespace Social.StoryBenchmarks;

/// <summary>
/// Story's use cases over a fresh SQLite file, seeded for the cases: a viewer following 2,000 accounts (500 with
/// 1–5 live stories), a viewer following 20 (5 with stories, the same share), a viewer following 20 that all have 1–5
/// live stories (so their first page is as full as the wide viewer's: the like-for-like comparison), all three also
/// following a celebrity whose million followers live in the in-memory Graph (so every tray read merges a broadcast),
/// owners with 1,000 followers and owners with 10, and a story with many viewers. The seeded stories reach the trays
/// through the real fan-out.
/// </summary>
internal sealed class StoryWorld : IAsyncDisposable
{
    /// <summary>Owners with 1,000 followers each (the same thousand), or 10, taken in turn, so no owner piles up more than a day's stories.</summary>
    private const int ThousandOwners = 200;

    private readonly TemporaryDirectory _folder;
    private readonly OutboxSignal _signal;
    private readonly FanOutSignal<TrayFanOut> _fanOutSignal = new();
    private int _nextThousandOwner;
    private int _nextOrdinary;

    private StoryWorld(TemporaryDirectory folder, OutboxSignal signal, SqliteStoryStore store)
    {
        _folder = folder;
        _signal = signal;
        Store = store;
        var options = Options.Create(new StoryOptions());
        var users = new KnownUsers<IStoryTransaction>(store, new StoryUserEffects(), new KnownUsersScope("story"), new NoAccountSource());
        var viewers = new Viewers(store, new GraphRelationships(Graph));
        var reads = new StoryReads(store, viewers, users, TimeProvider.System);
        FanOut = new TrayFanOut(store, Graph, _fanOutSignal, options, TimeProvider.System);
        Posting = new Posting(store, viewers, users, FanOut, options, TimeProvider.System);
        Tray = new StoryTray(store, viewers, new NamedProfiles(), TimeProvider.System);
        Viewing = new Viewing(store, reads, viewers, new NamedProfiles(), TimeProvider.System);
    }

    public SqliteStoryStore Store { get; }

    public InMemoryGraph Graph { get; } = new();

    public TrayFanOut FanOut { get; }

    public Posting Posting { get; }

    public StoryTray Tray { get; }

    public Viewing Viewing { get; }

    public Guid WideViewer { get; } = Guid.CreateVersion7();

    public Guid NarrowViewer { get; } = Guid.CreateVersion7();

    /// <summary>Follows 20 accounts, every one with 1–5 live stories drawn as the wide viewer's are.</summary>
    public Guid FullNarrowViewer { get; } = Guid.CreateVersion7();

    public Guid Celebrity { get; } = Guid.CreateVersion7();

    /// <summary>Owners with 10 followers each.</summary>
    public IReadOnlyList<Guid> Ordinary { get; } = [.. Enumerable.Range(0, ThousandOwners).Select(_ => Guid.CreateVersion7())];

    public Guid Owner { get; } = Guid.CreateVersion7();

    /// <summary>Owners with 1,000 followers each.</summary>
    public IReadOnlyList<Guid> ThousandFollowed { get; } = [.. Enumerable.Range(0, ThousandOwners).Select(_ => Guid.CreateVersion7())];

    /// <summary>The story whose viewer list is paged.</summary>
    public Guid WatchedStory { get; private set; }

    /// <summary>The view id halfway down the watched story's viewer list, where a deep page starts.</summary>
    public Guid HalfwayView { get; private set; }

    /// <summary>The next owner with 10 followers, in turn.</summary>
    public Guid NextOrdinary() => Ordinary[(int)((uint)Interlocked.Increment(ref _nextOrdinary) % ThousandOwners)];

    /// <summary>The next owner with 1,000 followers, in turn.</summary>
    public Guid NextThousandOwner() => ThousandFollowed[(int)((uint)Interlocked.Increment(ref _nextThousandOwner) % ThousandOwners)];

    public static async Task<StoryWorld> SeedAsync(StoryBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var folder = new TemporaryDirectory();
        var signal = new OutboxSignal();
        var database = new SqliteDatabase(Path.Combine(folder.Path, "story.db"), StorySchema.Migrations, signal);
        await database.MigrateAsync(cancellationToken);
        var world = new StoryWorld(folder, signal, new SqliteStoryStore(database, TimeProvider.System));
        world.SeedCelebrity(options.CelebrityFollowers);
        await world.SeedFollowsAndStoriesAsync(cancellationToken);
        await world.SeedViewsAsync(options.Viewers, cancellationToken);
        return world;
    }

    private async Task SeedFollowsAndStoriesAsync(CancellationToken cancellationToken)
    {
        var random = new Random(11);
        var now = DateTimeOffset.UtcNow;
        var wide = Enumerable.Range(0, 2000).Select(_ => Guid.CreateVersion7()).ToList();
        var narrow = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList();
        wide.ForEach(owner => Graph.Follow(WideViewer, owner));
        narrow.ForEach(owner => Graph.Follow(NarrowViewer, owner));
        var fullNarrow = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList();
        fullNarrow.ForEach(owner => Graph.Follow(FullNarrowViewer, owner));
        var thousand = Enumerable.Range(0, 1000).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var owner in ThousandFollowed)
        {
            thousand.ForEach(follower => Graph.Follow(follower, owner));
        }

        // The full narrow viewer's accounts draw last, so the other viewers' stories are those of earlier runs.
        var posting = wide.Where((_, i) => i % 4 == 0).Concat(narrow.Where((_, i) => i % 4 == 0)).Concat(fullNarrow).ToList();
        await Store.WriteAsync(async (transaction, ct) =>
        {
            foreach (var user in new[] { WideViewer, NarrowViewer, FullNarrowViewer, Celebrity, Owner }
                .Concat(wide).Concat(narrow).Concat(fullNarrow).Concat(ThousandFollowed).Concat(Ordinary))
            {
                await transaction.InsertUserAsync(new KnownUser(user, "u" + user.ToString("N")[..12], now), ct);
            }

            // Stories of the last ten hours, each with its pending fan-out, as a post records them.
            foreach (var owner in posting)
            {
                for (var i = random.Next(1, 6); i > 0; i--)
                {
                    var at = now - TimeSpan.FromMinutes(random.Next(1, 600));
                    var audience = random.Next(4) == 0 ? StoryAudiences.Everyone : StoryAudiences.Followers;
                    var story = StoryRules.Create(Guid.CreateVersion7(at), owner, new StoryDraft("https://cdn.example.com/s.jpg", null, audience, []), at, TimeSpan.FromHours(24));
                    await transaction.InsertStoryAsync(story, ct);
                    await transaction.ScheduleTrayFanOutAsync(new PendingTrayFanOut(story.StoryId, owner, null, now), ct);
                }
            }

            return true;
        }, cancellationToken);
        await FanOut.RunUntilIdleAsync(cancellationToken);
        await Posting.PostAsync(Celebrity, new StoryDraft("https://cdn.example.com/s.jpg", null, null, []), null, cancellationToken);
    }

    /// <summary>The celebrity's followers exist in Graph only (a post asks for their count); the three viewers are among them.</summary>
    private void SeedCelebrity(int followers)
    {
        Graph.Follow(WideViewer, Celebrity);
        Graph.Follow(NarrowViewer, Celebrity);
        Graph.Follow(FullNarrowViewer, Celebrity);
        for (var i = 3; i < followers; i++)
        {
            Graph.Follow(Guid.CreateVersion7(), Celebrity);
        }

        var ten = Enumerable.Range(0, 10).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var owner in Ordinary)
        {
            ten.ForEach(follower => Graph.Follow(follower, owner));
        }
    }

    private async Task SeedViewsAsync(int viewers, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        WatchedStory = (await Posting.PostAsync(Owner, new StoryDraft("https://cdn.example.com/s.jpg", null, StoryAudiences.Everyone, []), null, cancellationToken)).Value!.StoryId;
        var views = Enumerable.Range(0, viewers)
            .Select(i => now.AddMilliseconds(i))
            .Select(at => new ViewRecord(WatchedStory, Owner, Guid.CreateVersion7(), Guid.CreateVersion7(at), at, at.Millisecond % 7 == 0))
            .ToList();
        foreach (var batch in views.Chunk(20_000))
        {
            await Store.WriteAsync(async (transaction, ct) =>
            {
                foreach (var view in batch)
                {
                    await transaction.InsertViewAsync(view, ct);
                }

                return true;
            }, cancellationToken);
        }

        HalfwayView = views[viewers / 2].ViewId;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _fanOutSignal.Dispose();
        _signal.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Blocks;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Counters;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Mentions;
using Social.Engagement.Domain.Reading;
using Social.Engagement.Domain.Tags;
using Social.Engagement.Domain.Users;
using Social.Engagement.Storage;
using Social.EventBus.Outbox;
using Social.KnownUsers;
using Social.Relationships;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Engagement as its API and consumers drive it: the domain's use cases over one storage adapter, with Graph's answers
/// from <see cref="Relationships"/>. The conformance suite runs the same scenarios through it on every adapter.
/// </summary>
public sealed class EngagementUnderTest
{
    internal EngagementUnderTest(IEngagementStore store, IOutboxStore outbox, TimeProvider clock)
    {
        Adapter = store;
        Outbox = outbox;
        Users = new KnownUsers<IEngagementTransaction>(store, new EngagementUserEffects(clock), new KnownUsersScope("engagement"), new NoAccounts());
        var viewers = new Viewers(store, new GraphRelationships(Relationships));
        var mentions = new MentionResolver(store, viewers);
        Tagging = new Tagging(store, viewers, Users, clock);
        Publishing = new Publishing(store, viewers, mentions, Tagging, Users, clock);
        Liking = new Liking(store, viewers, Users, clock);
        Reads = new ContentReads(store, viewers, Users, new FakeProfiles());
        Commenting = new Commenting(store, viewers, mentions, Users, clock);
        CommentReads = new CommentReads(store, viewers, new FakeProfiles());
        Blocks = new BlockReplica(store, clock);
        Reconciler = new CounterReconciler(store);
        LikesReceivedReconciler = new LikesReceivedReconciler(store, clock);
    }

    public IEngagementStore Adapter { get; }

    public IOutboxStore Outbox { get; }

    internal FakeRelationships Relationships { get; } = new();

    public KnownUsers<IEngagementTransaction> Users { get; }

    public Publishing Publishing { get; }

    public Liking Liking { get; }

    public Tagging Tagging { get; }

    public ContentReads Reads { get; }

    public Commenting Commenting { get; }

    public CommentReads CommentReads { get; }

    public BlockReplica Blocks { get; }

    public CounterReconciler Reconciler { get; }

    public LikesReceivedReconciler LikesReceivedReconciler { get; }

    /// <summary>Every event written so far, oldest first.</summary>
    public async Task<IReadOnlyList<object>> EventsAsync() =>
        [.. (await Outbox.ReadPendingAsync(int.MaxValue, TestContext.Current.CancellationToken)).Select(EventTypes.Deserialize)];
}

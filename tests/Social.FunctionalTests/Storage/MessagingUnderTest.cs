using Social.EventBus.Outbox;
using Social.KnownUsers;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Blocks;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Domain.Reading;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Domain.Users;
using Social.Messaging.Storage;
using Social.Relationships;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// Messaging as its API and consumers drive it: the domain's use cases over one storage adapter, with Graph's answers
/// from <see cref="Relationships"/>. The conformance suite runs the same scenarios through it on every adapter.
/// </summary>
public sealed class MessagingUnderTest
{
    internal MessagingUnderTest(IMessagingStore store, IOutboxStore outbox, TimeProvider clock)
    {
        Adapter = store;
        Outbox = outbox;
        Users = new KnownUsers<IMessagingTransaction>(store, new MessagingUserEffects(clock), new KnownUsersScope("messaging"), new NoAccounts());
        var relationships = new GraphRelationships(Relationships);
        var known = new KnownMembers(store, Users);
        Access = new ConversationAccess(store, relationships);
        Starting = new Starting(store, relationships, known, clock);
        Membership = new Membership(store, Access, relationships, known, clock);
        Mine = new MyConversation(store, Access);
        Sending = new Sending(store, Access, Starting, clock);
        Changing = new MessageChanging(store, Access, clock);
        Reacting = new Reacting(store, Access, relationships, clock);
        Reading = new Reading(store, Access, clock);
        Messages = new MessageReads(store, Access, relationships);
        Conversations = new ConversationReads(store, Access, relationships, Messages);
        Blocks = new BlockReplica(store);
        Inbox = new ActivityInbox(store, relationships);
        // Small batches, so that every deletion in the suite takes several.
        ActivityRemovals = new ActivityRemovals(store, batchSize: 2);
        Activity = new ActivityReads(store, relationships, new FakeProfiles());
        Seen = new ActivitySeen(store);
        Tickets = new StreamTickets(store, clock);
    }

    public StreamTickets Tickets { get; }

    public IMessagingStore Adapter { get; }

    public IOutboxStore Outbox { get; }

    internal FakeRelationships Relationships { get; } = new();

    public KnownUsers<IMessagingTransaction> Users { get; }

    public ConversationAccess Access { get; }

    public Starting Starting { get; }

    public Membership Membership { get; }

    public MyConversation Mine { get; }

    public Sending Sending { get; }

    public MessageChanging Changing { get; }

    public Reacting Reacting { get; }

    public Reading Reading { get; }

    public MessageReads Messages { get; }

    public ConversationReads Conversations { get; }

    public BlockReplica Blocks { get; }

    public ActivityInbox Inbox { get; }

    public ActivityRemovals ActivityRemovals { get; }

    public ActivityReads Activity { get; }

    public ActivitySeen Seen { get; }

    /// <summary>Every event written so far, oldest first.</summary>
    public async Task<IReadOnlyList<object>> EventsAsync() =>
        [.. (await Outbox.ReadPendingAsync(int.MaxValue, TestContext.Current.CancellationToken)).Select(EventTypes.Deserialize)];
}

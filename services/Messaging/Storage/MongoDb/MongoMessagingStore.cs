using MongoDB.Driver;
using Social.KnownUsers.MongoDb;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Storage;
using Social.Messaging.Domain.Stream;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>
/// The MongoDB adapter of <see cref="IMessagingStore"/>: transactions here, their writes in
/// <see cref="MongoMessagingTransaction"/>, indexes and reads beside.
/// </summary>
public sealed partial class MongoMessagingStore(MongoDatabaseContext context, TimeProvider clock, IStreamWakeUps wakeUps)
    : MongoKnownUsersStore<IMessagingTransaction, MongoMessagingTransaction>(context, clock), IMessagingStore
{
    private readonly MessagingCollections _collections = new(context.Database);

    /// <summary>
    /// A member's list is one range of (user, folder, locked, activity, conversation); a conversation's members one of
    /// (conversation, joined); its messages one of (conversation, seq), unique like (conversation, sender, client id).
    /// </summary>
    public static async Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        var collections = new MessagingCollections(database);
        var unique = new CreateIndexOptions { Unique = true };
        await collections.Members.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<MemberDocument>(Builders<MemberDocument>.IndexKeys.Ascending(m => m.UserId).Ascending(m => m.Folder).Ascending(m => m.Locked)
                    .Descending(m => m.LastActivityAt).Descending(m => m.ConversationId)),
                new CreateIndexModel<MemberDocument>(Builders<MemberDocument>.IndexKeys.Ascending(m => m.ConversationId).Ascending(m => m.JoinedAt)),
            ],
            cancellationToken);
        await collections.Messages.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<MessageDocument>(Builders<MessageDocument>.IndexKeys.Ascending(m => m.ConversationId).Ascending(m => m.Seq), unique),
                new CreateIndexModel<MessageDocument>(
                    Builders<MessageDocument>.IndexKeys.Ascending(m => m.ConversationId).Ascending(m => m.SenderId).Ascending(m => m.ClientMessageId), unique),
                new CreateIndexModel<MessageDocument>(Builders<MessageDocument>.IndexKeys.Ascending(m => m.SenderId)),
            ],
            cancellationToken);
        await collections.Edits.Indexes.CreateOneAsync(
            new CreateIndexModel<MessageEditDocument>(Builders<MessageEditDocument>.IndexKeys.Ascending(e => e.MessageId).Descending(e => e.Id)), cancellationToken: cancellationToken);
        await collections.Reactions.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<ReactionDocument>(Builders<ReactionDocument>.IndexKeys.Ascending(r => r.MessageId)),
                new CreateIndexModel<ReactionDocument>(Builders<ReactionDocument>.IndexKeys.Ascending(r => r.UserId)),
            ],
            cancellationToken);
        await collections.Blocks.EnsureIndexesAsync(cancellationToken);
        await collections.Keys.EnsureIndexesAsync(cancellationToken);
        await collections.StreamEntries.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<StreamEntryDocument>(Builders<StreamEntryDocument>.IndexKeys.Ascending(e => e.UserId).Ascending(e => e.Position), unique),
                new CreateIndexModel<StreamEntryDocument>(Builders<StreamEntryDocument>.IndexKeys.Ascending(e => e.CreatedAt)),
            ],
            cancellationToken);
        await CreateActivityIndexesAsync(collections, cancellationToken);
        await collections.StreamTickets.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<StreamTicketDocument>(Builders<StreamTicketDocument>.IndexKeys.Ascending(t => t.ExpiresAt)),
                new CreateIndexModel<StreamTicketDocument>(Builders<StreamTicketDocument>.IndexKeys.Ascending(t => t.UserId)),
            ],
            cancellationToken);
    }

    public async Task<ConversationRecord?> FindConversationAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var id = conversationId.ToString();
        return (await _collections.Conversations.Find(c => c.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<MemberRecord?> FindMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        var id = MemberDocument.IdOf(conversationId, userId);
        return (await _collections.Members.Find(m => m.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<MemberRecord>>> MembersOfAsync(IReadOnlyCollection<Guid> conversationIds, CancellationToken cancellationToken)
    {
        var ids = conversationIds.Select(id => id.ToString()).ToList();
        var documents = await _collections.Members.Find(Builders<MemberDocument>.Filter.In(m => m.ConversationId, ids))
            .SortBy(m => m.JoinedAt).ThenBy(m => m.UserId).ToListAsync(cancellationToken);
        return documents.Select(d => d.ToRecord()).GroupBy(m => m.ConversationId).ToDictionary(g => g.Key, g => (IReadOnlyList<MemberRecord>)[.. g]);
    }

    public async Task<ConversationEntryPage> ListConversationsAsync(Guid userId, string folder, ActivityPosition? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<MemberDocument>.Filter;
        var filter = filters.Eq(m => m.UserId, userId.ToString()) & filters.Eq(m => m.Folder, folder) & filters.Eq(m => m.Locked, false);
        if (after is not null)
        {
            var at = after.At.UtcDateTime;
            filter &= filters.Lt(m => m.LastActivityAt, at) | (filters.Eq(m => m.LastActivityAt, at) & filters.Lt(m => m.ConversationId, after.ConversationId.ToString()));
        }

        var documents = await _collections.Members.Find(filter)
            .SortByDescending(m => m.LastActivityAt).ThenByDescending(m => m.ConversationId).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = documents.Take(limit).Select(d => d.ToRecord()).ToList();
        var ids = page.Select(m => m.ConversationId.ToString()).ToList();
        var conversations = (await _collections.Conversations.Find(Builders<ConversationDocument>.Filter.In(c => c.Id, ids)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id, c => c.ToRecord());
        var entries = page.Where(m => conversations.ContainsKey(m.ConversationId.ToString()))
            .Select(m => new ConversationEntry(m, conversations[m.ConversationId.ToString()])).ToList();
        return new ConversationEntryPage(entries, documents.Count > limit ? new ActivityPosition(page[^1].LastActivityAt, page[^1].ConversationId) : null);
    }

    public async Task<MessageRecord?> FindMessageAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var id = messageId.ToString();
        return (await _collections.Messages.Find(m => m.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<IReadOnlyList<MessageRecord>> FindMessagesAtAsync(IReadOnlyCollection<(Guid ConversationId, long Seq)> positions, CancellationToken cancellationToken)
    {
        if (positions.Count == 0)
        {
            return [];
        }

        var filters = Builders<MessageDocument>.Filter;
        var filter = filters.Or(positions.Select(p => filters.Eq(m => m.ConversationId, p.ConversationId.ToString()) & filters.Eq(m => m.Seq, p.Seq)));
        return [.. (await _collections.Messages.Find(filter).ToListAsync(cancellationToken)).Select(d => d.ToRecord())];
    }

    public async Task<MessagePage> ListMessagesAsync(Guid conversationId, long? beforeSeq, long? afterSeq, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<MessageDocument>.Filter;
        var filter = filters.Eq(m => m.ConversationId, conversationId.ToString());
        List<MessageDocument> documents;
        if (afterSeq is { } after)
        {
            documents = await _collections.Messages.Find(filter & filters.Gt(m => m.Seq, after)).SortBy(m => m.Seq).Limit(limit + 1).ToListAsync(cancellationToken);
        }
        else
        {
            if (beforeSeq is { } before)
            {
                filter &= filters.Lt(m => m.Seq, before);
            }

            documents = await _collections.Messages.Find(filter).SortByDescending(m => m.Seq).Limit(limit + 1).ToListAsync(cancellationToken);
        }

        var page = documents.Take(limit).Select(d => d.ToRecord()).OrderBy(m => m.Seq).ToList();
        return new MessagePage(page, documents.Count > limit);
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReactionSummary>>> ReactionsOfAsync(Guid viewer, IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        var ids = messageIds.Select(id => id.ToString()).ToList();
        var mine = viewer.ToString();
        var reactions = await _collections.Reactions.Find(Builders<ReactionDocument>.Filter.In(r => r.MessageId, ids)).ToListAsync(cancellationToken);
        return reactions.GroupBy(r => Guid.Parse(r.MessageId)).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<ReactionSummary>)[.. g.GroupBy(r => r.Emoji)
                .OrderBy(e => e.Min(r => r.ReactedAt)).ThenBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => new ReactionSummary(e.Key, e.Count(), e.Any(r => r.UserId == mine)))]);
    }

    public async Task<MessageEditPage> ListEditsAsync(Guid messageId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var filters = Builders<MessageEditDocument>.Filter;
        var filter = filters.Eq(e => e.MessageId, messageId.ToString());
        if (after is { } edit)
        {
            filter &= filters.Lt(e => e.Id, edit.ToString());
        }

        var documents = await _collections.Edits.Find(filter).SortByDescending(e => e.Id).Limit(limit + 1).ToListAsync(cancellationToken);
        var page = documents.Take(limit).Select(d => d.ToRecord()).ToList();
        return new MessageEditPage(page, documents.Count > limit ? page[^1].EditId : null);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> HandlesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Select(id => id.ToString()).ToList();
        var users = await Database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection)
            .Find(Builders<KnownUserDocument>.Filter.In(u => u.Id, ids)).ToListAsync(cancellationToken);
        return users.ToDictionary(u => Guid.Parse(u.Id), u => u.Handle);
    }

    public Task<StoredIdempotencyKey?> FindIdempotencyKeyAsync(Guid ownerId, string key, CancellationToken cancellationToken) =>
        _collections.Keys.FindAsync(ownerId, key, cancellationToken);

    public async Task<IReadOnlyList<StreamEntry>> ReadStreamAsync(Guid userId, long after, int limit, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var documents = await _collections.StreamEntries.Find(e => e.UserId == id && e.Position > after).SortBy(e => e.Position).Limit(limit).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToEntry())];
    }

    public async Task<StreamBounds> StreamBoundsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var head = await _collections.StreamHeads.Find(h => h.Id == id).FirstOrDefaultAsync(cancellationToken);
        var oldest = await _collections.StreamEntries.Find(e => e.UserId == id).SortBy(e => e.Position).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return new StreamBounds(head?.Position ?? 0, oldest?.Position);
    }

    public async Task<int> PurgeStreamAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var cutoff = before.UtcDateTime;
        var ids = await _collections.StreamEntries.Find(e => e.CreatedAt < cutoff).SortBy(e => e.CreatedAt).Limit(max).Project(e => e.Id).ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : (int)(await _collections.StreamEntries.DeleteManyAsync(Builders<StreamEntryDocument>.Filter.In(e => e.Id, ids), cancellationToken)).DeletedCount;
    }

    public async Task<int> PurgeStreamTicketsAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var cutoff = before.UtcDateTime;
        var ids = await _collections.StreamTickets.Find(t => t.ExpiresAt < cutoff).Limit(max).Project(t => t.Id).ToListAsync(cancellationToken);
        return ids.Count == 0 ? 0 : (int)(await _collections.StreamTickets.DeleteManyAsync(Builders<StreamTicketDocument>.Filter.In(t => t.Id, ids), cancellationToken)).DeletedCount;
    }

    protected override MongoMessagingTransaction Begin(IClientSessionHandle session, DateTimeOffset at) => new(session, Database, at, wakeUps);
}

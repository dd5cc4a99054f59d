using MongoDB.Driver;
using Social.KnownUsers.MongoDb;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Relationships.Blocks;
using Social.Storage;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Storage.MongoDb;

/// <summary>
/// The writes of one Messaging transaction on MongoDB (a multi-document transaction in one session). Pairs, members,
/// reactions and keys are keyed by their natural ids and written as upserts, so a repeated write meets the document
/// there; two sends in one conversation both write its seq, so the second conflicts, runs again and sees the first.
/// </summary>
public sealed partial class MongoMessagingTransaction(IClientSessionHandle session, IMongoDatabase database, DateTimeOffset at, IStreamWakeUps wakeUps)
    : MongoKnownUsersTransaction(session, database, at), IMessagingTransaction
{
    private readonly MessagingCollections _collections = new(database);

    public void WakeStreams(IReadOnlyCollection<Guid> userIds) => AfterCommit(() => wakeUps.Wake(userIds));

    public async Task<ConversationRecord?> ReadConversationAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var id = conversationId.ToString();
        return (await _collections.Conversations.Find(Session, c => c.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public Task InsertConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken) =>
        _collections.Conversations.InsertOneAsync(Session, ConversationDocument.From(conversation), cancellationToken: cancellationToken);

    public Task WriteConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken) =>
        _collections.Conversations.UpdateOneAsync(
            Session,
            c => c.Id == conversation.ConversationId.ToString(),
            Builders<ConversationDocument>.Update
                .Set(c => c.Title, conversation.Title)
                .Set(c => c.LastSeq, conversation.LastSeq)
                .Set(c => c.LastActivityAt, conversation.LastActivityAt.UtcDateTime),
            cancellationToken: cancellationToken);

    public async Task<Guid?> ReadDirectAsync(Guid low, Guid high, CancellationToken cancellationToken)
    {
        var id = DirectPairDocument.IdOf(low, high);
        var pair = await _collections.DirectPairs.Find(Session, p => p.Id == id).FirstOrDefaultAsync(cancellationToken);
        return pair is null ? null : Guid.Parse(pair.ConversationId);
    }

    public async Task<bool> InsertDirectAsync(Guid low, Guid high, Guid conversationId, CancellationToken cancellationToken)
    {
        // An upsert that sets nothing on a match: a duplicate key would abort the whole transaction.
        var result = await _collections.DirectPairs.UpdateOneAsync(
            Session,
            p => p.Id == DirectPairDocument.IdOf(low, high),
            Builders<DirectPairDocument>.Update.SetOnInsert(p => p.ConversationId, conversationId.ToString()),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<MemberRecord?> ReadMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        var id = MemberDocument.IdOf(conversationId, userId);
        return (await _collections.Members.Find(Session, m => m.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<IReadOnlyList<MemberRecord>> ReadMembersAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var id = conversationId.ToString();
        var documents = await _collections.Members.Find(Session, m => m.ConversationId == id).SortBy(m => m.JoinedAt).ThenBy(m => m.UserId).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToRecord())];
    }

    public async Task WriteMembersAsync(IReadOnlyCollection<MemberRecord> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return;
        }

        var writes = members.Select(MemberDocument.From)
            .Select(d => new ReplaceOneModel<MemberDocument>(Builders<MemberDocument>.Filter.Eq(m => m.Id, d.Id), d) { IsUpsert = true });
        await _collections.Members.BulkWriteAsync(Session, writes, cancellationToken: cancellationToken);
    }

    public async Task<bool> DeleteMemberAsync(Guid conversationId, Guid userId, CancellationToken cancellationToken)
    {
        var id = MemberDocument.IdOf(conversationId, userId);
        return (await _collections.Members.DeleteOneAsync(Session, m => m.Id == id, cancellationToken: cancellationToken)).DeletedCount == 1;
    }

    public async Task<IReadOnlyList<Guid>> ConversationsOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        var ids = await _collections.Members.Find(Session, m => m.UserId == id).Project(m => m.ConversationId).ToListAsync(cancellationToken);
        return [.. ids.Select(Guid.Parse)];
    }

    public async Task<MessageRecord?> ReadMessageAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var id = messageId.ToString();
        return (await _collections.Messages.Find(Session, m => m.Id == id).FirstOrDefaultAsync(cancellationToken))?.ToRecord();
    }

    public async Task<MessageRecord?> ReadMessageByClientIdAsync(Guid conversationId, Guid senderId, string clientMessageId, CancellationToken cancellationToken)
    {
        var conversation = conversationId.ToString();
        var sender = senderId.ToString();
        var document = await _collections.Messages
            .Find(Session, m => m.ConversationId == conversation && m.SenderId == sender && m.ClientMessageId == clientMessageId)
            .FirstOrDefaultAsync(cancellationToken);
        return document?.ToRecord();
    }

    public Task InsertMessageAsync(MessageRecord message, CancellationToken cancellationToken) =>
        _collections.Messages.InsertOneAsync(Session, MessageDocument.From(message), cancellationToken: cancellationToken);

    public Task ReplaceMessageAsync(MessageRecord message, CancellationToken cancellationToken) =>
        _collections.Messages.UpdateOneAsync(
            Session,
            m => m.Id == message.MessageId.ToString(),
            Builders<MessageDocument>.Update
                .Set(m => m.Text, message.Text)
                .Set(m => m.EditedAt, message.EditedAt?.UtcDateTime)
                .Set(m => m.Deleted, message.Deleted),
            cancellationToken: cancellationToken);

    public async Task<long> CountUnreadAsync(Guid conversationId, Guid readerId, long afterSeq, CancellationToken cancellationToken)
    {
        var conversation = conversationId.ToString();
        var reader = readerId.ToString();
        return await _collections.Messages.CountDocumentsAsync(
            Session, m => m.ConversationId == conversation && m.Seq > afterSeq && m.SenderId != reader && !m.Deleted, cancellationToken: cancellationToken);
    }

    public async Task UnsendAllByAsync(Guid senderId, CancellationToken cancellationToken)
    {
        var sender = senderId.ToString();
        var ids = await _collections.Messages.Find(Session, m => m.SenderId == sender).Project(m => m.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return;
        }

        await _collections.Edits.DeleteManyAsync(Session, Builders<MessageEditDocument>.Filter.In(e => e.MessageId, ids), cancellationToken: cancellationToken);
        await _collections.Reactions.DeleteManyAsync(Session, Builders<ReactionDocument>.Filter.In(r => r.MessageId, ids), cancellationToken: cancellationToken);
        await _collections.Messages.UpdateManyAsync(
            Session, m => m.SenderId == sender, Builders<MessageDocument>.Update.Set(m => m.Text, null).Set(m => m.Deleted, true), cancellationToken: cancellationToken);
    }

    public Task InsertEditAsync(MessageEdit edit, CancellationToken cancellationToken) =>
        _collections.Edits.InsertOneAsync(
            Session,
            new MessageEditDocument { Id = edit.EditId.ToString(), MessageId = edit.MessageId.ToString(), Text = edit.Text, ReplacedAt = edit.ReplacedAt.UtcDateTime },
            cancellationToken: cancellationToken);

    public async Task DeleteEditsAndReactionsAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var id = messageId.ToString();
        await _collections.Edits.DeleteManyAsync(Session, e => e.MessageId == id, cancellationToken: cancellationToken);
        await _collections.Reactions.DeleteManyAsync(Session, r => r.MessageId == id, cancellationToken: cancellationToken);
    }

    public async Task<bool> InsertReactionAsync(MessageRecord message, Guid userId, string emoji, CancellationToken cancellationToken)
    {
        var result = await _collections.Reactions.UpdateOneAsync(
            Session,
            r => r.Id == ReactionDocument.IdOf(message.MessageId, userId, emoji),
            Builders<ReactionDocument>.Update
                .SetOnInsert(r => r.MessageId, message.MessageId.ToString())
                .SetOnInsert(r => r.ConversationId, message.ConversationId.ToString())
                .SetOnInsert(r => r.UserId, userId.ToString())
                .SetOnInsert(r => r.Emoji, emoji)
                .SetOnInsert(r => r.ReactedAt, At.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task<bool> DeleteReactionAsync(Guid messageId, Guid userId, string emoji, CancellationToken cancellationToken)
    {
        var id = ReactionDocument.IdOf(messageId, userId, emoji);
        return (await _collections.Reactions.DeleteOneAsync(Session, r => r.Id == id, cancellationToken: cancellationToken)).DeletedCount == 1;
    }

    public Task DeleteReactionsByAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        return _collections.Reactions.DeleteManyAsync(Session, r => r.UserId == id, cancellationToken: cancellationToken);
    }

    // The block replica and the idempotency keys are shared plumbing: their documents live beside their collections.
    public Task<BlockState?> ReadBlockAsync(Guid blockerId, Guid blockedId, CancellationToken cancellationToken) =>
        _collections.Blocks.ReadAsync(Session, blockerId, blockedId, cancellationToken);

    public Task WriteBlockAsync(BlockState state, CancellationToken cancellationToken) => _collections.Blocks.WriteAsync(Session, state, cancellationToken);

    public Task DeleteBlocksOfAsync(Guid userId, CancellationToken cancellationToken) => _collections.Blocks.DeleteOfAsync(Session, userId, cancellationToken);

    public Task<bool> InsertIdempotencyKeyAsync(StoredIdempotencyKey key, CancellationToken cancellationToken) =>
        _collections.Keys.InsertAsync(Session, key, cancellationToken);

    public Task DeleteIdempotencyKeysOfAsync(Guid ownerId, CancellationToken cancellationToken) =>
        _collections.Keys.DeleteOfAsync(Session, ownerId, cancellationToken);

    /// <summary>
    /// Moves each head with <c>$inc</c> in the session: two transactions appending for one user both write the head,
    /// so the second conflicts, runs again and takes the next position; an aborted one gives its position back.
    /// </summary>
    public async Task AppendToStreamsAsync(IReadOnlyCollection<Guid> userIds, StreamItem item, CancellationToken cancellationToken)
    {
        foreach (var userId in userIds)
        {
            var id = userId.ToString();
            var head = await _collections.StreamHeads.FindOneAndUpdateAsync<StreamHeadDocument>(
                Session,
                Builders<StreamHeadDocument>.Filter.Eq(h => h.Id, id),
                Builders<StreamHeadDocument>.Update.Inc(h => h.Position, 1L),
                new FindOneAndUpdateOptions<StreamHeadDocument, StreamHeadDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
                cancellationToken);
            await _collections.StreamEntries.InsertOneAsync(Session, StreamEntryDocument.From(userId, head.Position, item, At), cancellationToken: cancellationToken);
        }
    }

    public async Task DeleteStreamOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        await _collections.StreamEntries.DeleteManyAsync(Session, e => e.UserId == id, cancellationToken: cancellationToken);
        await _collections.StreamHeads.DeleteOneAsync(Session, h => h.Id == id, cancellationToken: cancellationToken);
        await _collections.StreamTickets.DeleteManyAsync(Session, t => t.UserId == id, cancellationToken: cancellationToken);
    }

    public Task InsertStreamTicketAsync(StoredStreamTicket ticket, CancellationToken cancellationToken) =>
        _collections.StreamTickets.InsertOneAsync(Session, StreamTicketDocument.From(ticket), cancellationToken: cancellationToken);

    public async Task<StoredStreamTicket?> TakeStreamTicketAsync(string hash, CancellationToken cancellationToken) =>
        (await _collections.StreamTickets.FindOneAndDeleteAsync(Session, t => t.Id == hash, cancellationToken: cancellationToken))?.ToTicket();
}

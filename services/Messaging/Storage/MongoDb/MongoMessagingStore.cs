using MongoDB.Driver;
using Social.Messaging.Participants;
using Social.EventBus.Inbox;
using Social.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

public sealed class MongoMessagingStore(MongoDatabaseContext context) : IMessagingStore
{
    private IMongoCollection<ParticipantDocument> Participants => context.Database.GetCollection<ParticipantDocument>("participants");

    private IMongoCollection<DeletedUserDocument> DeletedUsers => context.Database.GetCollection<DeletedUserDocument>("deleted_users");

    public static Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> AddParticipantAsync(MessagingParticipant participant, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            if (await DeletedUsers.Find(session, d => d.Id == participant.UserId.ToString()).AnyAsync(ct))
            {
                return;
            }

            await Participants.UpdateOneAsync(
                session,
                p => p.Id == participant.UserId.ToString(),
                Builders<ParticipantDocument>.Update
                    .SetOnInsert(p => p.Handle, participant.Handle)
                    .SetOnInsert(p => p.JoinedAt, participant.JoinedAt.UtcDateTime),
                new UpdateOptions { IsUpsert = true },
                ct);
        }, cancellationToken);

    public Task<bool> RemoveParticipantAsync(Guid userId, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, async (session, ct) =>
        {
            var id = userId.ToString();
            await Participants.DeleteOneAsync(session, d => d.Id == id, cancellationToken: ct);
            await DeletedUsers.ReplaceOneAsync(session, d => d.Id == id, new DeletedUserDocument { Id = id }, new ReplaceOptions { IsUpsert = true }, ct);
        }, cancellationToken);

    public async Task<MessagingParticipant?> FindParticipantAsync(Guid userId, CancellationToken cancellationToken)
    {
        var document = await Participants.Find(p => p.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new MessagingParticipant(userId, document.Handle, new DateTimeOffset(document.JoinedAt, TimeSpan.Zero));
    }
}

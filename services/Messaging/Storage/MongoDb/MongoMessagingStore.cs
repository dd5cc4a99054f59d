using MongoDB.Driver;
using Social.Messaging.Participants;
using Social.ServiceDefaults.Messaging.Inbox;
using Social.ServiceDefaults.Storage.MongoDb;

namespace Social.Messaging.Storage.MongoDb;

public sealed class MongoMessagingStore(MongoDatabaseContext context) : IMessagingStore
{
    private IMongoCollection<ParticipantDocument> Participants => context.Database.GetCollection<ParticipantDocument>("participants");

    public static Task CreateIndexesAsync(IMongoDatabase database, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> AddParticipantAsync(MessagingParticipant participant, MessageReceipt receipt, CancellationToken cancellationToken) =>
        context.ApplyOnceAsync(receipt, (session, ct) =>
            Participants.UpdateOneAsync(
                session,
                p => p.Id == participant.UserId.ToString(),
                Builders<ParticipantDocument>.Update
                    .SetOnInsert(p => p.Handle, participant.Handle)
                    .SetOnInsert(p => p.JoinedAt, participant.JoinedAt.UtcDateTime),
                new UpdateOptions { IsUpsert = true },
                ct), cancellationToken);

    public async Task<MessagingParticipant?> FindParticipantAsync(Guid userId, CancellationToken cancellationToken)
    {
        var document = await Participants.Find(p => p.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new MessagingParticipant(userId, document.Handle, new DateTimeOffset(document.JoinedAt, TimeSpan.Zero));
    }
}

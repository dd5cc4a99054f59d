using MongoDB.Driver;
using Social.EventBus.Outbox;

namespace Social.KnownUsers.MongoDb;

/// <summary>
/// The known-user writes of a service's MongoDB transaction (one session). A service's transaction adapter derives
/// from it; the events it published are committed with it by <see cref="MongoKnownUsersStore{TPort,TTransaction}"/>.
/// </summary>
public class MongoKnownUsersTransaction(IClientSessionHandle session, IMongoDatabase database, DateTimeOffset at) : IKnownUsersTransaction
{
    private readonly List<OutboxMessage> _published = [];
    private readonly List<Action> _afterCommit = [];

    public DateTimeOffset At { get; } = at;

    public IReadOnlyCollection<OutboxMessage> Published => _published;

    protected IClientSessionHandle Session { get; } = session;

    protected IMongoDatabase Database { get; } = database;

    protected IMongoCollection<KnownUserDocument> Users => Database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection);

    private IMongoCollection<DeletedUserDocument> DeletedUsers => Database.GetCollection<DeletedUserDocument>(DeletedUserDocument.Collection);

    private IMongoCollection<UserSettingsDocument> Settings => Database.GetCollection<UserSettingsDocument>(UserSettingsDocument.Collection);

    public Task<bool> UserExistsAsync(Guid userId, CancellationToken cancellationToken) =>
        Users.Find(Session, u => u.Id == userId.ToString()).AnyAsync(cancellationToken);

    public Task<bool> IsDeletedAsync(Guid userId, CancellationToken cancellationToken) =>
        DeletedUsers.Find(Session, d => d.Id == userId.ToString()).AnyAsync(cancellationToken);

    public async Task<bool> InsertUserAsync(KnownUser user, CancellationToken cancellationToken)
    {
        // An upsert that sets nothing on a match: a duplicate key would abort the whole transaction.
        var result = await Users.UpdateOneAsync(
            Session,
            u => u.Id == user.UserId.ToString(),
            Builders<KnownUserDocument>.Update
                .SetOnInsert(u => u.Handle, user.Handle)
                .SetOnInsert(u => u.CreatedAt, user.CreatedAt.UtcDateTime),
            new UpdateOptions { IsUpsert = true },
            cancellationToken);
        return result.UpsertedId is not null;
    }

    public async Task DeleteUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = userId.ToString();
        await Settings.DeleteOneAsync(Session, s => s.Id == id, cancellationToken: cancellationToken);
        await Users.DeleteOneAsync(Session, u => u.Id == id, cancellationToken: cancellationToken);
        await DeletedUsers.ReplaceOneAsync(
            Session, d => d.Id == id, new DeletedUserDocument { Id = id, DeletedAt = At.UtcDateTime }, new ReplaceOptions { IsUpsert = true }, cancellationToken);
    }

    public async Task<UserSettings?> ReadSettingsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var document = await Settings.Find(Session, s => s.Id == userId.ToString()).FirstOrDefaultAsync(cancellationToken);
        return document?.ToSettings();
    }

    public Task WriteSettingsAsync(UserSettings settings, CancellationToken cancellationToken) =>
        Settings.ReplaceOneAsync(
            Session, s => s.Id == settings.UserId.ToString(), UserSettingsDocument.From(settings), new ReplaceOptions { IsUpsert = true }, cancellationToken);

    public void Publish(OutboxMessage message) => _published.Add(message);

    /// <summary>Runs what the transaction asked to run once committed (<see cref="AfterCommit"/>); called by the store after the commit.</summary>
    public void Committed()
    {
        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction has committed, never if it does not (nor for an attempt that
    /// was run again after a conflict): for what is live only (a wake-up), where a lost one is made up for elsewhere
    /// and a durable event would be too slow. It must not block.
    /// </summary>
    protected void AfterCommit(Action action) => _afterCommit.Add(action);
}

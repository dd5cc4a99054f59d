using Social.EventBus.Outbox;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.KnownUsers.Sqlite;

/// <summary>
/// The known-user statements of a service's SQLite transaction. A service's transaction adapter derives from it and
/// adds its own statements; <see cref="CommitAsync"/> writes the published events and commits them all together.
/// </summary>
public class SqliteKnownUsersTransaction(SqliteUnitOfWork unit, DateTimeOffset at) : IKnownUsersTransaction
{
    private readonly List<OutboxMessage> _published = [];
    private readonly List<Action> _afterCommit = [];

    public DateTimeOffset At { get; } = at;

    protected SqliteUnitOfWork Unit { get; } = unit;

    public Task<bool> UserExistsAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExistsAsync("SELECT 1 FROM users WHERE user_id = $id", cancellationToken, ("$id", userId.ToString()));

    public Task<bool> IsDeletedAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExistsAsync("SELECT 1 FROM deleted_users WHERE user_id = $id", cancellationToken, ("$id", userId.ToString()));

    public async Task<bool> InsertUserAsync(KnownUser user, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            "INSERT OR IGNORE INTO users (user_id, handle, created_at) VALUES ($id, $handle, $at)",
            cancellationToken,
            ("$id", user.UserId.ToString()), ("$handle", user.Handle), ("$at", Time(user.CreatedAt))) == 1;

    public Task DeleteUserAsync(Guid userId, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            DELETE FROM user_settings WHERE user_id = $id;
            DELETE FROM users WHERE user_id = $id;
            INSERT OR IGNORE INTO deleted_users (user_id, deleted_at) VALUES ($id, $at);
            """,
            cancellationToken,
            ("$id", userId.ToString()), ("$at", Time(At)));

    public Task<UserSettings?> ReadSettingsAsync(Guid userId, CancellationToken cancellationToken) =>
        SqliteKnownUsersReads.ReadSettingsAsync(Unit.Connection, Unit.Transaction, userId, cancellationToken);

    public Task WriteSettingsAsync(UserSettings settings, CancellationToken cancellationToken) =>
        Unit.ExecuteAsync(
            """
            INSERT OR REPLACE INTO user_settings (user_id, is_private, who_can_message, who_can_comment, who_can_mention, read_receipts, who_can_tag, changed_at)
            VALUES ($id, $private, $message, $comment, $mention, $receipts, $tag, $at)
            """,
            cancellationToken,
            ("$id", settings.UserId.ToString()), ("$private", settings.IsPrivate), ("$message", settings.WhoCanMessage),
            ("$comment", settings.WhoCanComment), ("$mention", settings.WhoCanMention), ("$receipts", settings.ReadReceipts),
            ("$tag", settings.WhoCanTag), ("$at", Time(settings.ChangedAt)));

    public void Publish(OutboxMessage message) => _published.Add(message);

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction has committed, never if it does not: for what is live only
    /// (a wake-up), where a lost one is made up for elsewhere and a durable event would be too slow. It runs before the
    /// next writer's turn, so it must not block.
    /// </summary>
    protected void AfterCommit(Action action) => _afterCommit.Add(action);

    /// <summary>Writes the published events to the outbox and commits the whole transaction.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var message in _published)
        {
            await Unit.AddOutboxMessageAsync(message, cancellationToken);
        }

        await Unit.CommitAsync(cancellationToken);
        foreach (var action in _afterCommit)
        {
            action();
        }
    }
}

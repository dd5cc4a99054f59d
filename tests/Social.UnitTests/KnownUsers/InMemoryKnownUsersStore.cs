using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.KnownUsers;

namespace Social.UnitTests.KnownUsers;

/// <summary>
/// A store for the use cases' unit tests: receipts, users, tombstones and settings in memory. An effect that throws
/// leaves nothing behind, as a rolled-back transaction would.
/// </summary>
internal sealed class InMemoryKnownUsersStore : IKnownUsersStore<IKnownUsersTransaction>
{
    private readonly HashSet<MessageReceipt> _receipts = [];

    public Dictionary<Guid, KnownUser> Users { get; private set; } = [];

    public HashSet<Guid> Deleted { get; private set; } = [];

    public Dictionary<Guid, UserSettings> Settings { get; private set; } = [];

    public async Task<bool> ApplyOnceAsync(MessageReceipt receipt, Func<IKnownUsersTransaction, CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        if (_receipts.Contains(receipt))
        {
            return false;
        }

        var transaction = new Transaction(new(Users), [.. Deleted], new(Settings));
        await effect(transaction, cancellationToken);
        (Users, Deleted, Settings) = (transaction.Users, transaction.Deleted, transaction.Settings);
        _receipts.Add(receipt);
        return true;
    }

    public Task<KnownUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult(Users.GetValueOrDefault(userId));

    public Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Settings.GetValueOrDefault(userId) ?? UserSettings.DefaultsFor(userId));

    private sealed class Transaction(Dictionary<Guid, KnownUser> users, HashSet<Guid> deleted, Dictionary<Guid, UserSettings> settings) : IKnownUsersTransaction
    {
        public Dictionary<Guid, KnownUser> Users => users;

        public HashSet<Guid> Deleted => deleted;

        public Dictionary<Guid, UserSettings> Settings => settings;

        public DateTimeOffset At { get; } = DateTimeOffset.UnixEpoch;

        public Task<bool> UserExistsAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult(users.ContainsKey(userId));

        public Task<bool> IsDeletedAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult(deleted.Contains(userId));

        public Task<bool> InsertUserAsync(KnownUser user, CancellationToken cancellationToken) => Task.FromResult(users.TryAdd(user.UserId, user));

        public Task DeleteUserAsync(Guid userId, CancellationToken cancellationToken)
        {
            users.Remove(userId);
            settings.Remove(userId);
            deleted.Add(userId);
            return Task.CompletedTask;
        }

        public Task<UserSettings?> ReadSettingsAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult(settings.GetValueOrDefault(userId));

        public Task WriteSettingsAsync(UserSettings value, CancellationToken cancellationToken)
        {
            settings[value.UserId] = value;
            return Task.CompletedTask;
        }

        public void Publish(OutboxMessage message)
        {
        }
    }
}

using Social.Contracts.Events;
using Social.EventBus.Inbox;

namespace Social.KnownUsers.Consumers;

/// <summary>Applies a user's settings, exactly once per event; a late, older event changes nothing.</summary>
public sealed class ProfileSettingsChangedConsumer<TTransaction>(KnownUsers<TTransaction> users, KnownUsersScope scope) : IdempotentConsumer<ProfileSettingsChanged>
    where TTransaction : IKnownUsersTransaction
{
    protected override string ConsumerName => $"{scope.ServiceName}.profile-settings-changed";

    protected override Task<bool> HandleAsync(ProfileSettingsChanged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        users.ApplySettingsAsync(
            new UserSettings(
                message.UserId, message.IsPrivate, message.WhoCanMessage, message.WhoCanComment, message.WhoCanMention, message.ChangedAt,
                message.ReadReceipts,
                message.WhoCanTag),
            receipt,
            cancellationToken);
}

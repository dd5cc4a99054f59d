using Social.Contracts.Events;
using Social.Graph.Storage;
using Social.Graph.Users;
using Social.EventBus.Inbox;

namespace Social.Graph.Consumers;

/// <summary>
/// Applies a user's privacy settings to the graph's checks, exactly once per event; a late, older event changes
/// nothing. A private account going public accepts its waiting requests.
/// </summary>
public sealed class ProfileSettingsChangedConsumer(IGraphStore store) : IdempotentConsumer<ProfileSettingsChanged>
{
    protected override string ConsumerName => "graph.profile-settings-changed";

    protected override Task<bool> HandleAsync(ProfileSettingsChanged message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.ApplySettingsAsync(
            new UserSettings(message.UserId, message.IsPrivate, message.WhoCanMessage, message.WhoCanComment, message.WhoCanMention, message.ChangedAt),
            receipt,
            cancellationToken);
}

using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A mention Engagement allowed: the mentioned user hears of it.</summary>
public sealed class ActivityUserMentionedConsumer(ActivityInbox inbox) : IdempotentConsumer<UserMentioned>
{
    protected override string ConsumerName => "messaging.activity.user-mentioned";

    protected override Task<bool> HandleAsync(UserMentioned message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}

using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A story reply: the owner hears of it, unless it landed in their message requests.</summary>
public sealed class ActivityStoryRepliedConsumer(ActivityInbox inbox) : IdempotentConsumer<StoryReplied>
{
    protected override string ConsumerName => "messaging.activity.story-replied";

    protected override Task<bool> HandleAsync(StoryReplied message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.StoryRepliedAsync(message, receipt, cancellationToken);
}

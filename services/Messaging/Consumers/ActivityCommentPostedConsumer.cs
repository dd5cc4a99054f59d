using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A comment or reply: the owner, and the author it answers, hear of it.</summary>
public sealed class ActivityCommentPostedConsumer(ActivityInbox inbox) : IdempotentConsumer<CommentPosted>
{
    protected override string ConsumerName => "messaging.activity.comment-posted";

    protected override Task<bool> HandleAsync(CommentPosted message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}

using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Consumers;

/// <summary>A comment unlike: the liker leaves the author's entry.</summary>
public sealed class ActivityCommentUnlikedConsumer(ActivityInbox inbox) : IdempotentConsumer<CommentUnliked>
{
    protected override string ConsumerName => "messaging.activity.comment-unliked";

    protected override Task<bool> HandleAsync(CommentUnliked message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        inbox.ApplyAsync(ActivityEvents.Of(message), receipt, cancellationToken);
}

using Social.Contracts.Events;
using Social.EventBus.Outbox;
using Social.Story.Domain.Access;
using Social.Story.Domain.Reading;
using Social.Story.Storage;

namespace Social.Story.Domain.Replies;

/// <summary>
/// Replies to stories. The reply is a direct message Messaging sends (obeying the owner's message settings; a stranger's
/// lands in their requests); then Story records it and publishes <see cref="StoryReplied"/> in one transaction, once
/// per message id. A client retry with the same client message id gets the same message from Messaging, so a reply is
/// never sent twice, and is recorded now if a failure stopped the first attempt after the send: never lost.
/// </summary>
public sealed class Replying(IStoryStore store, StoryReads reads, IDirectMessages messages, TimeProvider clock)
{
    public async Task<ReplyOutcome> ReplyAsync(Guid replier, Guid storyId, ReplyDraft draft, CancellationToken cancellationToken)
    {
        var violations = ReplyRules.Check(draft);
        if (violations.Count > 0)
        {
            return ReplyOutcome.Invalid(violations);
        }

        var (access, story) = await reads.LiveAsync(replier, storyId, cancellationToken);
        if (access != AccessDecision.Visible)
        {
            return ReplyOutcome.Refused(access);
        }

        if (story!.OwnerId == replier)
        {
            return ReplyOutcome.ToOwnStory();
        }

        if (await messages.SendAsync(replier, story.OwnerId, draft.ClientMessageId!, draft.Text!, story.StoryId, cancellationToken) is not var (message, created))
        {
            return ReplyOutcome.Refused(AccessDecision.NotFound);
        }

        await store.WriteAsync(async (transaction, ct) =>
        {
            var reply = new StoryReplyRecord(message.MessageId, story.StoryId, story.OwnerId, replier, message.ConversationId, message.CreatedAt);
            if (await transaction.InsertReplyAsync(reply, ct))
            {
                transaction.Publish(OutboxMessage.Create(
                    new StoryReplied
                    {
                        StoryId = reply.StoryId,
                        OwnerId = reply.OwnerId,
                        ReplierId = reply.ReplierId,
                        ConversationId = reply.ConversationId,
                        MessageId = reply.MessageId,
                        At = reply.At,
                    },
                    reply.StoryId.ToString(),
                    clock));
            }

            return true;
        }, cancellationToken);

        return ReplyOutcome.Sent(message, created);
    }
}

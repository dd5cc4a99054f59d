using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Messages;
using Social.ServiceDefaults.Auth;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;
using MessageEditPage = Social.Contracts.Messaging.V1.MessageEditPage;
using MessagePage = Social.Contracts.Messaging.V1.MessagePage;

namespace Social.Messaging.Api;

/// <summary>Messages: send, read a page, edit, unsend, history, reactions, read positions.</summary>
public sealed partial class MessagingGrpcService
{
    [JsonStatus(StatusCodes.Status201Created, "Sent.")]
    [JsonStatus(StatusCodes.Status200OK, "The same clientMessageId again: the message it sent.")]
    public override async Task<MessageView> PostMessage(PostMessageRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var draft = new MessageDraft(
            request.ClientMessageId,
            request.HasText ? request.Text : null,
            OptionalId(request.HasReplyTo, request.ReplyTo, "replyTo", "A message id"),
            OptionalId(request.HasStoryId, request.StoryId, "storyId", "A story id"),
            OptionalId(request.HasContentId, request.ContentId, "contentId", "A content id"));
        var result = await sending.SendAsync(me, id, draft, context.CancellationToken);
        var message = Sent(result);
        if (result.Created)
        {
            context.SetJsonStatusCode(StatusCodes.Status201Created);
        }

        return MessagingViews.Message(await messages.ViewAsync(me, message, context.CancellationToken));
    }

    public override async Task<MessagePage> ListMessages(ListMessagesRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var limit = Paging.Limit(request.Limit);
        var violations = new List<FieldViolation>();
        if (request.HasBefore && request.HasAfter)
        {
            violations.Add(new FieldViolation("before", "Ask for messages before a seq or after one, not both."));
        }

        if (request.HasBefore && request.Before < 1)
        {
            violations.Add(new FieldViolation("before", "A seq is 1 or more."));
        }

        if (request.HasAfter && request.After < 0)
        {
            violations.Add(new FieldViolation("after", "A seq is 0 or more."));
        }

        ConversationErrors.ThrowIfInvalid(violations);
        long? before = request.HasBefore ? request.Before : null;
        long? after = request.HasAfter ? request.After : null;
        if (MessagingCursors.SeqAfter(request.Cursor) is var (seq, backward))
        {
            (before, after) = backward ? (seq, null) : ((long?)null, (long?)seq);
        }

        var page = await messages.ListAsync(me, id, before, after, limit, context.CancellationToken);
        if (page is null)
        {
            RpcErrors.ThrowNotFound("No such conversation.");
        }

        return MessagingViews.Messages(page);
    }

    public override async Task<MessageView> EditMessage(EditMessageRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var message = Sent(await changing.EditAsync(me, id, MessageId(request.MessageId), request.Text, context.CancellationToken), "No such message.");
        return MessagingViews.Message(await messages.ViewAsync(me, message, context.CancellationToken));
    }

    public override async Task<Empty> UnsendMessage(MessageRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        ConversationErrors.ThrowIfRefused(await changing.UnsendAsync(me, id, MessageId(request.MessageId), context.CancellationToken), "No such message.");
        return Done;
    }

    public override async Task<MessageEditPage> ListMessageEdits(ListMessageEditsRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var messageId = MessageId(request.MessageId);
        var limit = Paging.Limit(request.Limit);
        var after = MessagingCursors.IdAfter(request.Cursor);
        var page = await messages.EditsAsync(me, id, messageId, after, limit, context.CancellationToken);
        if (page is null)
        {
            RpcErrors.ThrowNotFound("No such message.");
        }

        return MessagingViews.Edits(page);
    }

    public override Task<MessageView> AddReaction(ReactionRequest request, ServerCallContext context) => ReactAsync(request, add: true, context);

    public override Task<MessageView> RemoveReaction(ReactionRequest request, ServerCallContext context) => ReactAsync(request, add: false, context);

    public override async Task<ReadState> MarkRead(MarkReadRequest request, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var (violations, decision, position) = await reading.MarkReadAsync(me, id, request.UpToSeq, context.CancellationToken);
        ConversationErrors.ThrowIfRefused(decision);
        ConversationErrors.ThrowIfInvalid(violations);
        return new ReadState { ConversationId = id.ToString(), ReadUpToSeq = position!.ReadUpToSeq, UnreadCount = position.UnreadCount };
    }

    private async Task<MessageView> ReactAsync(ReactionRequest request, bool add, ServerCallContext context)
    {
        var me = context.RequireUserId();
        var id = ConversationId(request.ConversationId);
        var messageId = MessageId(request.MessageId);
        var result = add
            ? await reacting.AddAsync(me, id, messageId, request.Emoji, context.CancellationToken)
            : await reacting.RemoveAsync(me, id, messageId, request.Emoji, context.CancellationToken);
        var message = Sent(result, "No such message.");
        return MessagingViews.Message(await messages.ViewAsync(me, message, context.CancellationToken));
    }
}

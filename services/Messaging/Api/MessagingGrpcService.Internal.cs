using Grpc.Core;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Messages;
using Social.ServiceDefaults.Grpc;

namespace Social.Messaging.Api;

/// <summary>Internal RPCs, for other services with a client-credentials token (the internal scope): their methods have no public path in the contract, so the API setup admits internal callers only (InternalUnlessPublished).</summary>
public sealed partial class MessagingGrpcService
{
    /// <summary>Sends for a user in their 1:1 with another, with the rules of a client's send (story replies).</summary>
    public override async Task<SentMessage> SendMessage(SendMessageRequest request, ServerCallContext context)
    {
        var sender = RequestIds.ParseUserId(request.SenderId, "senderId");
        var recipient = RequestIds.ParseUserId(request.RecipientId, "recipientId");
        var draft = new MessageDraft(
            request.ClientMessageId,
            request.HasText ? request.Text : null,
            null,
            OptionalId(request.HasStoryId, request.StoryId, "storyId", "A story id"),
            OptionalId(request.HasContentId, request.ContentId, "contentId", "A content id"));
        var result = await sending.SendDirectAsync(sender, recipient, draft, context.CancellationToken);
        var message = Sent(result, "No such conversation: the recipient is unknown or blocked either way.");
        return new SentMessage { Message = MessagingViews.Message(await messages.ViewAsync(sender, message, context.CancellationToken)), Created = result.Created };
    }

    /// <summary>Internal: for other services, with a client-credentials token.</summary>
    public override async Task<Participant> GetParticipant(GetParticipantRequest request, ServerCallContext context)
    {
        var userId = RequestIds.ParseUserId(request.UserId, "userId");
        var participant = await store.FindUserAsync(userId, context.CancellationToken);
        if (participant is null)
        {
            RpcErrors.ThrowNotFound("No such participant.");
        }

        return new Participant { UserId = participant.UserId.ToString(), Handle = participant.Handle };
    }
}

using Grpc.Core;
using Social.Contracts.Messaging.V1;
using Social.ServiceDefaults.Grpc;
using Social.Story.Domain.Replies;

namespace Social.Story.Api;

/// <summary>
/// <see cref="IDirectMessages"/> over Messaging's internal <c>SendMessage</c>. Messaging's refusals of the request itself
/// (invalid fields, a client message id used otherwise) reach the caller as Messaging said them; NOT_FOUND (no way
/// between the two users) is the domain's "not found"; anything else is "unavailable" (a PERMISSION_DENIED here
/// refuses Story's own credentials, which is nothing the user did).
/// </summary>
internal sealed class MessagingDirectMessages(MessagingService.MessagingServiceClient messaging) : IDirectMessages
{
    public async Task<(DirectMessage Message, bool Created)?> SendAsync(
        Guid sender, Guid recipient, string clientMessageId, string text, Guid storyId, CancellationToken cancellationToken)
    {
        var request = new SendMessageRequest
        {
            SenderId = sender.ToString(),
            RecipientId = recipient.ToString(),
            ClientMessageId = clientMessageId,
            Text = text,
            StoryId = storyId.ToString(),
        };
        try
        {
            var sent = await messaging.SendMessageAsync(request, cancellationToken: cancellationToken);
            return (MessageViews.FromView(sent.Message), sent.Created);
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
        catch (RpcException exception) when (exception.StatusCode is StatusCode.InvalidArgument or StatusCode.FailedPrecondition)
        {
            throw RpcErrors.Relay(exception);
        }
        catch (RpcException exception) when (exception.StatusCode != StatusCode.Cancelled)
        {
            throw RpcErrors.Create(Google.Rpc.Code.Unavailable, ErrorCodes.ServiceUnavailable, "The reply cannot be sent right now; try again.");
        }
    }
}

using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Domain.Reading;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;
using Social.ServiceDefaults.Grpc;

namespace Social.Messaging.Api;

/// <summary>
/// The Messaging contract: a thin adapter over the domain's use cases. Public RPCs act for the token's subject
/// ("me"); internal ones need the internal scope. Conversations, messages, the activity inbox and the internal RPCs
/// are beside.
/// </summary>
[Authorize]
public sealed partial class MessagingGrpcService(
    IMessagingStore store,
    Starting starting,
    Membership membership,
    MyConversation mine,
    ConversationReads conversations,
    Sending sending,
    MessageChanging changing,
    Reacting reacting,
    Reading reading,
    MessageReads messages,
    Typing typing,
    StreamTickets tickets,
    LiveStreams live,
    ActivityReads activity,
    ActivitySeen activitySeen) : MessagingService.MessagingServiceBase
{
    private static readonly Empty Done = new();

    private static Guid ConversationId(string value) => RequestIds.ParseId(value, "conversationId", "A conversation id");

    private static Guid MessageId(string value) => RequestIds.ParseId(value, "messageId", "A message id");

    private static Guid? OptionalId(bool present, string value, string field, string what) => present ? RequestIds.ParseId(value, field, what) : null;

    /// <summary>The conversation as the caller sees it after a call that changed it.</summary>
    private async Task<ConversationView> ViewAsync(Guid me, Guid conversationId, CancellationToken cancellationToken) =>
        await conversations.GetAsync(me, conversationId, cancellationToken) is { } viewed
            ? MessagingViews.Conversation(viewed)
            : throw RpcErrors.Create(Google.Rpc.Code.NotFound, ErrorCodes.NotFound, "No such conversation.");

    /// <summary>Turns a message call's refusal into its error; returns the message otherwise.</summary>
    private static MessageRecord Sent(MessageResult result, string notFound = "No such conversation.")
    {
        ConversationErrors.ThrowIfInvalid(result.Violations);
        ConversationErrors.ThrowIfRefused(result.Decision, notFound);
        return result.Message!;
    }
}

using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Stream;
using DomainStreamEvent = Social.Messaging.Domain.Stream.StreamEvent;
using StreamEvent = Social.Contracts.Messaging.V1.StreamEvent;

namespace Social.Messaging.Api;

/// <summary>Stream events as the contract's messages: the gRPC stream sends them, the Server-Sent Events write their payloads as JSON.</summary>
public static class StreamViews
{
    public static StreamEvent Event(DomainStreamEvent streamEvent)
    {
        var view = new StreamEvent { Position = streamEvent.Position, Type = streamEvent.Type };
        var item = streamEvent.Item;
        switch (streamEvent.Type)
        {
            case StreamEventTypes.Message or StreamEventTypes.MessageEdited when streamEvent.Message is { } message:
                view.Message = MessagingViews.Message(message);
                break;
            case StreamEventTypes.Message or StreamEventTypes.MessageEdited or StreamEventTypes.MessageDeleted when item is not null:
                // A message gone from the store (or an unsend): what is left is where it was.
                view.MessageDeleted = new MessageDeletedEvent
                {
                    ConversationId = item.ConversationId.ToString(), MessageId = item.MessageId?.ToString() ?? string.Empty, Seq = item.Seq ?? 0,
                };
                break;
            case StreamEventTypes.Reaction when item is not null:
                view.Reaction = new ReactionEvent
                {
                    ConversationId = item.ConversationId.ToString(), MessageId = item.MessageId?.ToString() ?? string.Empty, UserId = item.UserId?.ToString() ?? string.Empty,
                    Emoji = item.Emoji ?? string.Empty, Added = item.Change == ConversationChanges.ReactionAdded,
                };
                break;
            case StreamEventTypes.Read when item is not null:
                view.Read = new ReadEvent { ConversationId = item.ConversationId.ToString(), UserId = item.UserId?.ToString() ?? string.Empty, UpToSeq = item.Seq ?? 0 };
                break;
            case StreamEventTypes.Conversation when item is not null:
                view.Conversation = new ConversationEvent { ConversationId = item.ConversationId.ToString(), Change = item.Change ?? string.Empty };
                if (item.UserId is { } userId)
                {
                    view.Conversation.UserId = userId.ToString();
                }

                break;
            case StreamEventTypes.Typing when item is not null:
                view.Typing = new TypingEvent
                {
                    ConversationId = item.ConversationId.ToString(), UserId = item.UserId?.ToString() ?? string.Empty,
                    ExpiresAt = Timestamp.FromDateTimeOffset(streamEvent.ExpiresAt ?? DateTimeOffset.UnixEpoch),
                };
                break;
            case StreamEventTypes.Activity when item is not null:
                view.Activity = new ActivityEvent { ActivityId = item.MessageId?.ToString() ?? string.Empty, Change = item.Change ?? string.Empty };
                break;
            case StreamEventTypes.Badges when item?.Badges is { } badges:
                view.Badges = ActivityViews.Badges(badges);
                break;
            case StreamEventTypes.Reset:
                view.Reset = new ResetEvent { Reason = streamEvent.Reason ?? string.Empty };
                break;
        }

        return view;
    }
}

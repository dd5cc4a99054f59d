using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Messaging.V1;

namespace Social.Messaging.Api;

/// <summary>
/// The <c>data:</c> of a Server-Sent Event: the event's payload as JSON, shaped as the JSON API shapes the same
/// messages (lowerCamelCase, numbers as numbers, timestamps as RFC 3339 UTC, absent optionals left out), so a client
/// reads a streamed message exactly as one it fetched. Written straight into the response: every delivery writes one,
/// so it builds no document, string or array on the way.
/// </summary>
public static class StreamEventJson
{
    public static void Write(Utf8JsonWriter json, StreamEvent streamEvent)
    {
        json.WriteStartObject();
        switch (streamEvent.PayloadCase)
        {
            case StreamEvent.PayloadOneofCase.Message:
                WriteMessage(json, streamEvent.Message);
                break;
            case StreamEvent.PayloadOneofCase.MessageDeleted:
                json.WriteString("conversationId", streamEvent.MessageDeleted.ConversationId);
                json.WriteString("messageId", streamEvent.MessageDeleted.MessageId);
                json.WriteNumber("seq", streamEvent.MessageDeleted.Seq);
                break;
            case StreamEvent.PayloadOneofCase.Reaction:
                json.WriteString("conversationId", streamEvent.Reaction.ConversationId);
                json.WriteString("messageId", streamEvent.Reaction.MessageId);
                json.WriteString("userId", streamEvent.Reaction.UserId);
                json.WriteString("emoji", streamEvent.Reaction.Emoji);
                json.WriteBoolean("added", streamEvent.Reaction.Added);
                break;
            case StreamEvent.PayloadOneofCase.Read:
                json.WriteString("conversationId", streamEvent.Read.ConversationId);
                json.WriteString("userId", streamEvent.Read.UserId);
                json.WriteNumber("upToSeq", streamEvent.Read.UpToSeq);
                break;
            case StreamEvent.PayloadOneofCase.Conversation:
                json.WriteString("conversationId", streamEvent.Conversation.ConversationId);
                json.WriteString("change", streamEvent.Conversation.Change);
                Optional(json, "userId", streamEvent.Conversation.HasUserId ? streamEvent.Conversation.UserId : null);
                break;
            case StreamEvent.PayloadOneofCase.Typing:
                json.WriteString("conversationId", streamEvent.Typing.ConversationId);
                json.WriteString("userId", streamEvent.Typing.UserId);
                json.WriteString("expiresAt", Time(streamEvent.Typing.ExpiresAt));
                break;
            case StreamEvent.PayloadOneofCase.Activity:
                json.WriteString("activityId", streamEvent.Activity.ActivityId);
                json.WriteString("change", streamEvent.Activity.Change);
                break;
            case StreamEvent.PayloadOneofCase.Badges:
                json.WriteNumber("unreadMessages", streamEvent.Badges.UnreadMessages);
                json.WriteNumber("messageRequests", streamEvent.Badges.MessageRequests);
                json.WriteNumber("unseenActivity", streamEvent.Badges.UnseenActivity);
                break;
            case StreamEvent.PayloadOneofCase.Reset:
                json.WriteString("reason", streamEvent.Reset.Reason);
                json.WriteNumber("position", streamEvent.Position);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, MessageView message)
    {
        json.WriteString("messageId", message.MessageId);
        json.WriteString("conversationId", message.ConversationId);
        json.WriteNumber("seq", message.Seq);
        json.WriteString("senderId", message.SenderId);
        Optional(json, "text", message.HasText ? message.Text : null);
        Optional(json, "replyTo", message.HasReplyTo ? message.ReplyTo : null);
        Optional(json, "storyId", message.HasStoryId ? message.StoryId : null);
        Optional(json, "contentId", message.HasContentId ? message.ContentId : null);
        json.WriteString("createdAt", Time(message.CreatedAt));
        Optional(json, "editedAt", message.EditedAt is null ? null : Time(message.EditedAt));
        json.WriteBoolean("deleted", message.Deleted);
        json.WriteStartArray("reactions");
        foreach (var reaction in message.Reactions)
        {
            json.WriteStartObject();
            json.WriteString("emoji", reaction.Emoji);
            json.WriteNumber("count", reaction.Count);
            json.WriteBoolean("mine", reaction.Mine);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>RFC 3339 as the protobuf JSON mapping writes it (the JSON API's form).</summary>
    private static string Time(Timestamp timestamp) => JsonFormatter.Default.Format(timestamp).Trim('"');
}

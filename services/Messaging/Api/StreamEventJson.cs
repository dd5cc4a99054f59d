using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Messaging.V1;

namespace Social.Messaging.Api;

/// <summary>
/// The <c>data:</c> of a Server-Sent Event: the event's payload as JSON, shaped as the JSON API shapes the same
/// messages (lowerCamelCase, numbers as numbers, timestamps as RFC 3339 UTC, absent optionals left out), so a client
/// reads a streamed message exactly as one it fetched.
/// </summary>
public static class StreamEventJson
{
    public static string Data(StreamEvent streamEvent) => (streamEvent.PayloadCase switch
    {
        StreamEvent.PayloadOneofCase.Message => Message(streamEvent.Message),
        StreamEvent.PayloadOneofCase.MessageDeleted => new JsonObject
        {
            ["conversationId"] = streamEvent.MessageDeleted.ConversationId,
            ["messageId"] = streamEvent.MessageDeleted.MessageId,
            ["seq"] = streamEvent.MessageDeleted.Seq,
        },
        StreamEvent.PayloadOneofCase.Reaction => new JsonObject
        {
            ["conversationId"] = streamEvent.Reaction.ConversationId,
            ["messageId"] = streamEvent.Reaction.MessageId,
            ["userId"] = streamEvent.Reaction.UserId,
            ["emoji"] = streamEvent.Reaction.Emoji,
            ["added"] = streamEvent.Reaction.Added,
        },
        StreamEvent.PayloadOneofCase.Read => new JsonObject
        {
            ["conversationId"] = streamEvent.Read.ConversationId,
            ["userId"] = streamEvent.Read.UserId,
            ["upToSeq"] = streamEvent.Read.UpToSeq,
        },
        StreamEvent.PayloadOneofCase.Conversation => Conversation(streamEvent.Conversation),
        StreamEvent.PayloadOneofCase.Typing => new JsonObject
        {
            ["conversationId"] = streamEvent.Typing.ConversationId,
            ["userId"] = streamEvent.Typing.UserId,
            ["expiresAt"] = Time(streamEvent.Typing.ExpiresAt),
        },
        StreamEvent.PayloadOneofCase.Activity => new JsonObject { ["activityId"] = streamEvent.Activity.ActivityId, ["change"] = streamEvent.Activity.Change },
        StreamEvent.PayloadOneofCase.Badges => new JsonObject
        {
            ["unreadMessages"] = streamEvent.Badges.UnreadMessages,
            ["messageRequests"] = streamEvent.Badges.MessageRequests,
            ["unseenActivity"] = streamEvent.Badges.UnseenActivity,
        },
        StreamEvent.PayloadOneofCase.Reset => new JsonObject { ["reason"] = streamEvent.Reset.Reason, ["position"] = streamEvent.Position },
        _ => new JsonObject(),
    }).ToJsonString(JsonSerializerOptions.Web);

    private static JsonObject Message(MessageView message)
    {
        var json = new JsonObject
        {
            ["messageId"] = message.MessageId,
            ["conversationId"] = message.ConversationId,
            ["seq"] = message.Seq,
            ["senderId"] = message.SenderId,
        };
        Optional(json, "text", message.HasText ? message.Text : null);
        Optional(json, "replyTo", message.HasReplyTo ? message.ReplyTo : null);
        Optional(json, "storyId", message.HasStoryId ? message.StoryId : null);
        Optional(json, "contentId", message.HasContentId ? message.ContentId : null);
        json["createdAt"] = Time(message.CreatedAt);
        Optional(json, "editedAt", message.EditedAt is null ? null : Time(message.EditedAt));
        json["deleted"] = message.Deleted;
        json["reactions"] = new JsonArray([.. message.Reactions.Select(r => (JsonNode)new JsonObject { ["emoji"] = r.Emoji, ["count"] = r.Count, ["mine"] = r.Mine })]);
        return json;
    }

    private static JsonObject Conversation(ConversationEvent conversation)
    {
        var json = new JsonObject { ["conversationId"] = conversation.ConversationId, ["change"] = conversation.Change };
        Optional(json, "userId", conversation.HasUserId ? conversation.UserId : null);
        return json;
    }

    private static void Optional(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    /// <summary>RFC 3339 as the protobuf JSON mapping writes it (the JSON API's form).</summary>
    private static string Time(Timestamp timestamp) => JsonFormatter.Default.Format(timestamp).Trim('"');
}

using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Messaging.V1;
using Social.Story.Domain.Replies;

namespace Social.Story.Api;

/// <summary>Messaging's message view to the domain's <see cref="DirectMessage"/> and back: a reply answers the message as Messaging shows it.</summary>
internal static class MessageViews
{
    public static DirectMessage FromView(MessageView view) => new(
        Guid.Parse(view.MessageId),
        Guid.Parse(view.ConversationId),
        view.Seq,
        Guid.Parse(view.SenderId),
        view.HasText ? view.Text : null,
        view.HasStoryId ? Guid.Parse(view.StoryId) : null,
        view.CreatedAt.ToDateTimeOffset(),
        view.EditedAt?.ToDateTimeOffset(),
        view.Deleted,
        [.. view.Reactions.Select(r => new DirectMessageReaction(r.Emoji, r.Count, r.Mine))]);

    public static MessageView ToView(DirectMessage message)
    {
        var view = new MessageView
        {
            MessageId = message.MessageId.ToString(),
            ConversationId = message.ConversationId.ToString(),
            Seq = message.Seq,
            SenderId = message.SenderId.ToString(),
            CreatedAt = Timestamp.FromDateTimeOffset(message.CreatedAt),
            Deleted = message.Deleted,
        };
        if (message.Text is { } text)
        {
            view.Text = text;
        }

        if (message.StoryId is { } storyId)
        {
            view.StoryId = storyId.ToString();
        }

        if (message.EditedAt is { } editedAt)
        {
            view.EditedAt = Timestamp.FromDateTimeOffset(editedAt);
        }

        view.Reactions.AddRange(message.Reactions.Select(r => new ReactionCount { Emoji = r.Emoji, Count = r.Count, Mine = r.Mine }));
        return view;
    }
}

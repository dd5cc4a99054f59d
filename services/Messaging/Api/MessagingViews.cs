using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Reading;
using DomainEditPage = Social.Messaging.Domain.Messages.MessageEditPage;
using MessageEditPage = Social.Contracts.Messaging.V1.MessageEditPage;
using MessagePage = Social.Contracts.Messaging.V1.MessagePage;

namespace Social.Messaging.Api;

/// <summary>Conversations and messages as contract messages. An unsent message keeps only its place: no text, no references, no reactions.</summary>
internal static class MessagingViews
{
    public static ConversationView Conversation(ViewedConversation viewed)
    {
        var (conversation, me) = (viewed.Conversation, viewed.Me);
        var view = new ConversationView
        {
            ConversationId = conversation.ConversationId.ToString(),
            Kind = conversation.IsGroup ? "group" : "direct",
            CreatedAt = Timestamp.FromDateTimeOffset(conversation.CreatedAt),
            LastActivityAt = Timestamp.FromDateTimeOffset(me.LastActivityAt),
            UnreadCount = me.UnreadCount,
            Muted = me.Muted,
            Folder = me.Folder,
            ReadUpToSeq = me.ReadSeq,
            LastSeq = conversation.LastSeq,
        };
        if (conversation.Title is { } title)
        {
            view.Title = title;
        }

        view.Members.AddRange(viewed.Members.Select(m => new ConversationMember { UserId = m.UserId.ToString(), Handle = viewed.Handles.GetValueOrDefault(m.UserId, string.Empty) }));
        view.Admins.AddRange(viewed.Members.Where(m => m.IsAdmin).Select(m => m.UserId.ToString()));
        if (viewed.LastMessage is { } last)
        {
            view.LastMessage = Message(last);
        }

        return view;
    }

    public static MessageView Message(ViewedMessage viewed)
    {
        var message = viewed.Message;
        var view = new MessageView
        {
            MessageId = message.MessageId.ToString(),
            ConversationId = message.ConversationId.ToString(),
            Seq = message.Seq,
            SenderId = message.SenderId.ToString(),
            CreatedAt = Timestamp.FromDateTimeOffset(message.CreatedAt),
            Deleted = message.Deleted,
        };
        if (message.Deleted)
        {
            return view;
        }

        // The reference lists text on every message that is still there: empty on one that only references a story or item.
        view.Text = message.Text ?? string.Empty;

        if (message.ReplyTo is { } replyTo)
        {
            view.ReplyTo = replyTo.ToString();
        }

        if (message.StoryId is { } story)
        {
            view.StoryId = story.ToString();
        }

        if (message.ContentId is { } content)
        {
            view.ContentId = content.ToString();
        }

        if (message.EditedAt is { } edited)
        {
            view.EditedAt = Timestamp.FromDateTimeOffset(edited);
        }

        view.Reactions.AddRange(viewed.Reactions.Select(r => new ReactionCount { Emoji = r.Emoji, Count = r.Count, Mine = r.Mine }));
        return view;
    }

    public static ConversationPage Conversations(ViewedConversationPage page)
    {
        var message = new ConversationPage();
        message.Items.AddRange(page.Items.Select(Conversation));
        if (MessagingCursors.Activity(page.Next) is { } next)
        {
            message.NextCursor = next;
        }

        return message;
    }

    public static MessagePage Messages(ViewedMessagePage page)
    {
        var message = new MessagePage();
        message.Items.AddRange(page.Items.Select(Message));
        if (page.Next is { } seq)
        {
            message.NextCursor = MessagingCursors.Seq(seq, page.Backward);
        }

        return message;
    }

    public static MessageEditPage Edits(DomainEditPage page)
    {
        var message = new MessageEditPage();
        message.Items.AddRange(page.Items.Select(e => new MessageEdit { Text = e.Text, ReplacedAt = Timestamp.FromDateTimeOffset(e.ReplacedAt) }));
        if (page.Next is { } next)
        {
            message.NextCursor = MessagingCursors.Id(next);
        }

        return message;
    }
}

using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Messaging.V1;
using Social.Messaging.Domain.Activity;
using ActivityPage = Social.Contracts.Messaging.V1.ActivityPage;
using DomainBadges = Social.Messaging.Domain.Activity.Badges;

namespace Social.Messaging.Api;

/// <summary>The activity inbox's records as the contract's messages.</summary>
public static class ActivityViews
{
    public static ActivityPage Page(ViewedActivityPage page)
    {
        var view = new ActivityPage();
        view.Items.AddRange(page.Items.Select(Activity));
        if (page.Next is { } next)
        {
            view.NextCursor = MessagingCursors.Id(next);
        }

        return view;
    }

    public static ActivityView Activity(ViewedActivity viewed)
    {
        var entry = viewed.Entry;
        var view = new ActivityView
        {
            ActivityId = entry.ActivityId.ToString(),
            Type = entry.Type,
            ActorCount = entry.ActorCount,
            CreatedAt = Timestamp.FromDateTimeOffset(entry.CreatedAt),
            Seen = entry.Seen,
        };
        view.Actors.AddRange(viewed.Actors.Select(a => new ActivityUser { UserId = a.UserId.ToString(), Handle = a.Handle, AvatarUrl = a.AvatarUrl }));
        if (entry.ContentId is { } contentId)
        {
            view.ContentId = contentId.ToString();
        }

        if (entry.CommentId is { } commentId)
        {
            view.CommentId = commentId.ToString();
        }

        if (entry.StoryId is { } storyId)
        {
            view.StoryId = storyId.ToString();
        }

        if (viewed.Text is { } text)
        {
            view.Text = text;
        }

        return view;
    }

    public static Contracts.Messaging.V1.Badges Badges(DomainBadges badges) => new()
    {
        UnreadMessages = badges.UnreadMessages, MessageRequests = badges.MessageRequests, UnseenActivity = badges.UnseenActivity,
    };
}

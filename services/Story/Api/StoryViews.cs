using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Social.KnownUsers;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Reading;
using Social.Story.Domain.Stories;
using Social.Story.Domain.Tray;
using Social.Story.Domain.Views;
using Social.Contracts.Story.V1;

using StoryPage = Social.Contracts.Story.V1.StoryPage;
using TrayPage = Social.Contracts.Story.V1.TrayPage;
using HighlightPage = Social.Contracts.Story.V1.HighlightPage;

namespace Social.Story.Api;

/// <summary>Domain values to the contract's messages, and cursors to positions.</summary>
internal static class StoryViews
{
    /// <summary>A story as <paramref name="reader"/> sees it: the hide-from list is its owner's business only.</summary>
    public static StoryView Story(StoryRecord story, Guid reader, bool seen = false)
    {
        var view = new StoryView
        {
            StoryId = story.StoryId.ToString(),
            OwnerId = story.OwnerId.ToString(),
            MediaUrl = story.MediaUrl,
            Caption = story.Caption,
            Audience = story.Audience,
            CreatedAt = Timestamp.FromDateTimeOffset(story.CreatedAt),
            ExpiresAt = Timestamp.FromDateTimeOffset(story.ExpiresAt),
            Seen = seen,
        };
        if (story.OwnerId == reader)
        {
            view.HideFrom.AddRange(story.HideFrom.Select(id => id.ToString()));
        }

        return view;
    }

    public static StoryPage Page(ViewedStoryPage page, Guid reader)
    {
        var view = new StoryPage();
        view.Items.AddRange(page.Items.Select(item => Story(item.Story, reader, item.Seen)));
        return WithNext(view, page.Next, (v, next) => v.NextCursor = next);
    }

    public static StoryPage Page(Domain.Stories.StoryPage page, Guid reader)
    {
        var view = new StoryPage();
        view.Items.AddRange(page.Items.Select(story => Story(story, reader)));
        return WithNext(view, page.Next, (v, next) => v.NextCursor = next);
    }

    public static TrayPage Tray(Domain.Tray.TrayPage page)
    {
        var view = new TrayPage();
        view.Items.AddRange(page.Items.Select(entry => new TrayItem
        {
            User = Card(entry.OwnerId, page.Profiles),
            StoryCount = entry.StoryCount,
            LatestAt = Timestamp.FromDateTimeOffset(entry.LatestAt),
            HasUnseen = entry.HasUnseen,
        }));
        if (page.Next is { } next)
        {
            view.NextCursor = Paging.EncodeCursor(
                string.Join('|', next.HasUnseen ? "1" : "0", next.LatestAt.UtcTicks.ToString(CultureInfo.InvariantCulture), next.OwnerId));
        }

        return view;
    }

    /// <summary>The tray position a cursor stands for; null for the first page.</summary>
    public static TrayPosition? TrayAfter(string? cursor)
    {
        if (Paging.DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        var parts = position.Split('|');
        if (parts.Length != 3 || parts[0] is not ("0" or "1")
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParse(parts[2], out var owner))
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("cursor", "This cursor is not valid; pass back the nextCursor of the previous page.")]);
            return null;
        }

        return new TrayPosition(parts[0] == "1", new DateTimeOffset(ticks, TimeSpan.Zero), owner);
    }

    public static ViewerPage Viewers(StoryViewerPage page, IReadOnlyDictionary<Guid, ProfileCard> profiles)
    {
        var view = new ViewerPage();
        view.Items.AddRange(page.Items.Select(item => new Viewer
        {
            User = Card(item.ViewerId, profiles),
            SeenAt = Timestamp.FromDateTimeOffset(item.SeenAt),
            Liked = item.Liked,
        }));
        return WithNext(view, page.Next, (v, next) => v.NextCursor = next);
    }

    public static HighlightView Highlight(ShownHighlight shown, Guid reader)
    {
        var view = new HighlightView
        {
            HighlightId = shown.Highlight.HighlightId.ToString(),
            OwnerId = shown.Highlight.OwnerId.ToString(),
            Title = shown.Highlight.Title,
            CreatedAt = Timestamp.FromDateTimeOffset(shown.Highlight.CreatedAt),
        };
        view.Stories.AddRange(shown.Stories.Select(story => Story(story, reader)));
        return view;
    }

    public static HighlightPage Highlights(ShownHighlightPage page, Guid reader)
    {
        var view = new HighlightPage();
        view.Items.AddRange(page.Items.Select(item => Highlight(item, reader)));
        return WithNext(view, page.Next, (v, next) => v.NextCursor = next);
    }

    /// <summary>A user as Profile shows them; one Profile no longer has (deleted a moment ago) shows by id only.</summary>
    private static UserCard Card(Guid userId, IReadOnlyDictionary<Guid, ProfileCard> profiles) =>
        profiles.TryGetValue(userId, out var card)
            ? new UserCard { UserId = userId.ToString(), Handle = card.Handle, DisplayName = card.DisplayName, AvatarUrl = card.AvatarUrl }
            : new UserCard { UserId = userId.ToString() };

    private static T WithNext<T>(T view, Guid? next, Action<T, string> set)
    {
        if (next is { } id)
        {
            set(view, Paging.EncodeCursor(id.ToString()));
        }

        return view;
    }
}

using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Likes;
using Social.Engagement.Domain.Reading;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

using ContentPage = Social.Contracts.Engagement.V1.ContentPage;
using LikerPage = Social.Contracts.Engagement.V1.LikerPage;
using TaggedUser = Social.Contracts.Engagement.V1.TaggedUser;

namespace Social.Engagement.Api;

/// <summary>Domain records as contract messages, and the cursors of Engagement's lists.</summary>
internal static class EngagementViews
{
    public static ContentView Content(ViewedContent viewed)
    {
        var (item, view) = (viewed.Item, Counts(viewed.Item, viewed.ViewerHasLiked));
        view.Tags.AddRange(viewed.Tags.Select(t => new TaggedUser { UserId = t.UserId.ToString(), Handle = t.Handle }));
        view.Mentions.AddRange((item.Record.Mentions ?? []).Select(Mention));
        return view;
    }

    public static Contracts.Engagement.V1.Mention Mention(Domain.Mentions.Mention mention) =>
        new() { UserId = mention.UserId.ToString(), Handle = mention.Handle, Start = mention.Start, Length = mention.Length };

    private static ContentView Counts(ContentItem item, bool viewerHasLiked) => new()
    {
        ContentId = item.Record.ContentId.ToString(),
        OwnerId = item.Record.OwnerId.ToString(),
        MediaUrl = item.Record.MediaUrl,
        Caption = item.Record.Caption,
        Audience = item.Record.Audience,
        CreatedAt = Timestamp.FromDateTimeOffset(item.Record.CreatedAt),
        LikesCount = Math.Max(0, item.LikesCount),
        ViewerHasLiked = viewerHasLiked,
        CommentsEnabled = item.Record.CommentsEnabled,
        CommentsCount = Math.Max(0, item.CommentsCount),
    };

    public static ContentPage Page(ViewedPage page)
    {
        var message = new ContentPage();
        message.Items.AddRange(page.Items.Select(Content));
        if (page.Next is { } next)
        {
            message.NextCursor = Paging.EncodeCursor($"{next.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{next.ContentId}");
        }

        return message;
    }

    public static ContentPage Tagged(ViewedTaggedPage page)
    {
        var message = new ContentPage();
        message.Items.AddRange(page.Items.Select(Content));
        if (Cursor(page.Next) is { } next)
        {
            message.NextCursor = next;
        }

        return message;
    }

    public static LikerPage Likers(ViewedLikers likers)
    {
        var (page, profiles) = (likers.Page, likers.Profiles);
        var message = new LikerPage();
        message.Items.AddRange(page.Items.Select(l => new Contracts.Engagement.V1.Liker
        {
            UserId = l.UserId.ToString(),
            Handle = profiles.GetValueOrDefault(l.UserId)?.Handle ?? l.Handle,
            DisplayName = profiles.GetValueOrDefault(l.UserId)?.DisplayName ?? string.Empty,
            AvatarUrl = profiles.GetValueOrDefault(l.UserId)?.AvatarUrl ?? string.Empty,
            LikedAt = Timestamp.FromDateTimeOffset(l.LikedAt),
        }));
        if (Cursor(page.Next) is { } next)
        {
            message.NextCursor = next;
        }

        return message;
    }

    /// <summary>The position a content-list cursor stands for; null for the first page.</summary>
    public static ContentPosition? ContentAfter(string? cursor)
    {
        if (Paging.DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        var parts = position.Split('|');
        if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParse(parts[1], out var id))
        {
            return new ContentPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        }

        RpcErrors.ThrowInvalidArgument([BadCursor]);
        return null;
    }

    /// <summary>The id a list cursor stands for (likers: a like; comments, replies, edits: a comment or an edit; tagged: a tag); null for the first page.</summary>
    public static Guid? IdAfter(string? cursor)
    {
        if (Paging.DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        if (!Guid.TryParse(position, out var id))
        {
            RpcErrors.ThrowInvalidArgument([BadCursor]);
        }

        return id;
    }

    public static string? Cursor(Guid? next) => next is { } id ? Paging.EncodeCursor(id.ToString()) : null;

    private static readonly FieldViolation BadCursor = new("cursor", "This cursor is not valid; pass back the nextCursor of the previous page.");
}

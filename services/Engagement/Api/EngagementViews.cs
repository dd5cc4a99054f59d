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

namespace Social.Engagement.Api;

/// <summary>Domain records as contract messages, and the cursors of Engagement's lists.</summary>
internal static class EngagementViews
{
    public static ContentView Content(ContentItem item, bool viewerHasLiked) => new()
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
    };

    public static ContentView Content(ViewedContent viewed) => Content(viewed.Item, viewed.ViewerHasLiked);

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

    public static LikerPage Likers(Domain.Likes.LikerPage page)
    {
        var message = new LikerPage();
        message.Items.AddRange(page.Items.Select(l => new Contracts.Engagement.V1.Liker
        {
            UserId = l.UserId.ToString(),
            Handle = l.Handle,
            LikedAt = Timestamp.FromDateTimeOffset(l.LikedAt),
        }));
        if (page.Next is { } next)
        {
            message.NextCursor = Paging.EncodeCursor(next.ToString());
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

    /// <summary>The like a likers-list cursor stands for; null for the first page.</summary>
    public static Guid? LikeAfter(string? cursor)
    {
        if (Paging.DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        if (!Guid.TryParse(position, out var likeId))
        {
            RpcErrors.ThrowInvalidArgument([BadCursor]);
        }

        return likeId;
    }

    private static readonly FieldViolation BadCursor = new("cursor", "This cursor is not valid; pass back the nextCursor of the previous page.");
}

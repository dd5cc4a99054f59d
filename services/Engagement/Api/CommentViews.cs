using Google.Protobuf.WellKnownTypes;
using Social.Contracts.Engagement.V1;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Reading;
using CommentEditPage = Social.Contracts.Engagement.V1.CommentEditPage;
using CommentPage = Social.Contracts.Engagement.V1.CommentPage;

namespace Social.Engagement.Api;

/// <summary>Comments as contract messages. A deleted comment keeps only its place in its thread: no author, text or mentions.</summary>
internal static class CommentViews
{
    public static CommentView Comment(ViewedComment viewed)
    {
        var comment = viewed.Comment;
        var view = new CommentView
        {
            CommentId = comment.CommentId.ToString(),
            ContentId = comment.ContentId.ToString(),
            CreatedAt = Timestamp.FromDateTimeOffset(comment.CreatedAt),
            ReplyCount = Math.Max(0, comment.ReplyCount),
            Deleted = comment.Deleted,
            Pinned = viewed.Pinned,
        };
        if (comment.ThreadId is { } thread)
        {
            view.ReplyTo = thread.ToString();
        }

        if (comment.Deleted)
        {
            return view;
        }

        view.AuthorId = comment.AuthorId.ToString();
        view.Author = new CommentAuthor
        {
            UserId = comment.AuthorId.ToString(),
            Handle = viewed.Author?.Handle ?? string.Empty,
            AvatarUrl = viewed.Author?.AvatarUrl ?? string.Empty,
        };
        view.Text = comment.Text;
        view.LikesCount = Math.Max(0, comment.LikesCount);
        view.ViewerHasLiked = viewed.ViewerHasLiked;
        view.Mentions.AddRange(comment.Mentions.Select(EngagementViews.Mention));
        if (comment.EditedAt is { } edited)
        {
            view.EditedAt = Timestamp.FromDateTimeOffset(edited);
        }

        return view;
    }

    public static CommentPage Page(ViewedCommentPage page)
    {
        var message = new CommentPage();
        message.Items.AddRange(page.Items.Select(Comment));
        if (EngagementViews.Cursor(page.Next) is { } next)
        {
            message.NextCursor = next;
        }

        return message;
    }

    public static CommentEditPage Edits(Domain.Comments.CommentEditPage page)
    {
        var message = new CommentEditPage();
        message.Items.AddRange(page.Items.Select(e => new Contracts.Engagement.V1.CommentEdit { Text = e.Text, ReplacedAt = Timestamp.FromDateTimeOffset(e.ReplacedAt) }));
        if (EngagementViews.Cursor(page.Next) is { } next)
        {
            message.NextCursor = next;
        }

        return message;
    }
}

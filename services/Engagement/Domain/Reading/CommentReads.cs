using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Storage;
using Social.KnownUsers;

namespace Social.Engagement.Domain.Reading;

/// <summary>
/// Comment pages, replies and edit histories as the viewer may see them: the content checked once, then one Graph call
/// and one Profile call per page, whatever its length. Comments by users blocked either way with the viewer are left
/// out (a page may hold fewer than the limit; the cursor still moves on).
/// </summary>
public sealed class CommentReads(IEngagementStore store, Viewers viewers, IProfileDirectory profiles)
{
    /// <summary>Top-level comments: on the first page the pinned one first, then newest first.</summary>
    public async Task<(CommentDecision Decision, ViewedCommentPage? Page)> ListAsync(
        Guid viewer, Guid contentId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        if (await store.FindContentAsync(contentId, cancellationToken) is not { } item)
        {
            return (CommentDecision.NotFound, null);
        }

        var decision = CommentPermissions.MaySee(await viewers.FactsAsync(viewer, item.Record.OwnerId, cancellationToken), item.Record);
        if (decision != CommentDecision.Allowed)
        {
            return (decision, null);
        }

        var pinnedId = item.Record.PinnedCommentId;
        var page = await store.ListCommentsAsync(contentId, after, limit, pinnedId, cancellationToken);
        var comments = page.Items.ToList();
        if (after is null && pinnedId is { } pinned && await store.FindCommentAsync(pinned, cancellationToken) is { Deleted: false } top)
        {
            comments.Insert(0, top);
        }

        return (CommentDecision.Allowed, new ViewedCommentPage(await ViewAsync(viewer, comments, pinnedId, cancellationToken), page.Next));
    }

    /// <summary>A thread's replies, oldest first.</summary>
    public async Task<(CommentDecision Decision, ViewedCommentPage? Page)> RepliesAsync(
        Guid viewer, Guid commentId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var (thread, decision) = await ThreadAsync(viewer, commentId, cancellationToken);
        if (decision != CommentDecision.Allowed)
        {
            return (decision, null);
        }

        var page = await store.ListRepliesAsync(thread!.Thread, after, limit, cancellationToken);
        return (CommentDecision.Allowed, new ViewedCommentPage(await ViewAsync(viewer, page.Items, null, cancellationToken), page.Next));
    }

    public async Task<(CommentDecision Decision, CommentEditPage? Page)> EditsAsync(
        Guid viewer, Guid commentId, Guid? after, int limit, CancellationToken cancellationToken)
    {
        var (comment, decision) = await ThreadAsync(viewer, commentId, cancellationToken);
        if (decision != CommentDecision.Allowed || comment!.Deleted)
        {
            return (decision == CommentDecision.Allowed ? CommentDecision.NotFound : decision, null);
        }

        return (CommentDecision.Allowed, await store.ListEditsAsync(commentId, after, limit, cancellationToken));
    }

    /// <summary>One comment as the viewer sees it (a view of what was just written), with its author's profile.</summary>
    public async Task<ViewedComment> ViewAsync(Guid viewer, CommentRecord comment, bool pinned, CancellationToken cancellationToken) =>
        (await ViewAsync(viewer, [comment], pinned ? comment.CommentId : null, cancellationToken)).Single();

    /// <summary>
    /// The comment (a deleted first comment still holds its thread) and whether the viewer may read it: the content
    /// visible to them and its author not blocked either way with them.
    /// </summary>
    private async Task<(CommentRecord? Comment, CommentDecision Decision)> ThreadAsync(Guid viewer, Guid commentId, CancellationToken cancellationToken)
    {
        if (await store.FindCommentAsync(commentId, cancellationToken) is not { } comment
            || await store.FindContentAsync(comment.ContentId, cancellationToken) is not { } item)
        {
            return (null, CommentDecision.NotFound);
        }

        var decision = CommentPermissions.MaySee(await viewers.FactsAsync(viewer, item.Record.OwnerId, cancellationToken), item.Record);
        if (decision == CommentDecision.Allowed && !comment.Deleted
            && CommentPermissions.Hides((await viewers.RelationshipsAsync(viewer, [comment.AuthorId], cancellationToken)).GetValueOrDefault(comment.AuthorId)))
        {
            decision = CommentDecision.NotFound;
        }

        return (comment, decision);
    }

    private async Task<IReadOnlyList<ViewedComment>> ViewAsync(Guid viewer, IReadOnlyList<CommentRecord> comments, Guid? pinnedId, CancellationToken cancellationToken)
    {
        var authors = comments.Where(c => !c.Deleted).Select(c => c.AuthorId).Distinct().ToList();
        var relationships = await viewers.RelationshipsAsync(viewer, authors, cancellationToken);
        var shown = comments.Where(c => c.Deleted || !CommentPermissions.Hides(relationships.GetValueOrDefault(c.AuthorId))).ToList();
        var shownAuthors = shown.Where(c => !c.Deleted).Select(c => c.AuthorId).Distinct().ToList();
        var directory = shownAuthors.Count == 0 ? new Dictionary<Guid, ProfileCard>() : await profiles.GetAsync(shownAuthors, cancellationToken);
        var liked = await store.CommentsLikedAsync(viewer, [.. shown.Select(c => c.CommentId)], cancellationToken);
        return [.. shown.Select(c => new ViewedComment(
            c, c.Deleted ? null : directory.GetValueOrDefault(c.AuthorId), liked.Contains(c.CommentId), c.CommentId == pinnedId))];
    }
}

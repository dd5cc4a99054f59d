using Social.Engagement.Domain.Tags;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Engagement.Storage.Sqlite;

/// <summary>Tag statements: one row per (content, user), found by user for lists and deletions, by (owner, user) for blocks.</summary>
public sealed partial class SqliteEngagementTransaction
{
    private const string TagColumns = "content_id, user_id, owner_id, tag_id, created_at";

    public async Task<bool> InsertTagAsync(TagRecord tag, CancellationToken cancellationToken) =>
        await Unit.ExecuteAsync(
            """
            INSERT OR IGNORE INTO tags (content_id, user_id, owner_id, tag_id, created_at)
            VALUES ($content, $user, $owner, $tag, $at)
            """,
            cancellationToken,
            ("$content", tag.ContentId.ToString()), ("$user", tag.UserId.ToString()), ("$owner", tag.OwnerId.ToString()),
            ("$tag", tag.TagId.ToString()), ("$at", Time(tag.CreatedAt))) == 1;

    public async Task<TagRecord?> DeleteTagAsync(Guid contentId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"DELETE FROM tags WHERE content_id = $content AND user_id = $user RETURNING {TagColumns}",
            ("$content", contentId.ToString()), ("$user", userId.ToString()));
        return (await command.ReadAllAsync(SqliteEngagementRows.Tag, cancellationToken)).SingleOrDefault();
    }

    public async Task<int> CountTagsAsync(Guid contentId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command("SELECT count(*) FROM tags WHERE content_id = $content", ("$content", contentId.ToString()));
        return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<TagRecord>> DeleteTagsBetweenAsync(Guid userA, Guid userB, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command(
            $"""
            DELETE FROM tags
            WHERE ((owner_id = $a AND user_id = $b) OR (owner_id = $b AND user_id = $a)) AND created_at < $before
            RETURNING {TagColumns}
            """,
            ("$a", userA.ToString()), ("$b", userB.ToString()), ("$before", Time(before)));
        return await command.ReadAllAsync(SqliteEngagementRows.Tag, cancellationToken);
    }

    public async Task<IReadOnlyList<TagRecord>> DeleteTagsOfUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var command = Unit.Command($"DELETE FROM tags WHERE user_id = $user RETURNING {TagColumns}", ("$user", userId.ToString()));
        return await command.ReadAllAsync(SqliteEngagementRows.Tag, cancellationToken);
    }
}

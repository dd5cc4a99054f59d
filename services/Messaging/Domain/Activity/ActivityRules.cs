using Social.Messaging.Domain.Conversations;
using Social.Relationships;
using Social.Relationships.Blocks;

namespace Social.Messaging.Domain.Activity;

/// <summary>
/// The activity inbox's decisions, pure: which causes notify whom, which group an entry joins, which of two states of
/// one cause wins (so duplicates and reordering change nothing), and what a reader is shown.
/// </summary>
public static class ActivityRules
{
    /// <summary>How many of a group's actors an entry shows (the newest).</summary>
    public const int NewestActors = 3;

    /// <summary>How long a retraction marker is kept for a cause that may still arrive late.</summary>
    public static readonly TimeSpan MarkerRetention = TimeSpan.FromDays(7);

    /// <summary>Likes of one item, likes of one comment and follows group by day; everything else is an entry of its own.</summary>
    public static bool IsGrouped(string type) => type is ActivityTypes.Like or ActivityTypes.CommentLike or ActivityTypes.Follow;

    /// <summary>
    /// The entry a cause belongs to in its recipient's inbox. A group is one UTC day of the cause's own time (not of its
    /// arrival), so the same causes group alike whatever order they arrive in.
    /// </summary>
    public static string GroupKey(ActivityCause cause) =>
        IsGrouped(cause.Type)
            ? $"{cause.Type}:{cause.ObjectId:N}:{cause.At.UtcDateTime:yyyy-MM-dd}"
            : $"{cause.Type}:{cause.ObjectId:N}:{cause.ActorId:N}";

    /// <summary>
    /// Whether <paramref name="incoming"/> is newer than what is stored of its cause: the newest state wins; at the same
    /// instant an undo beats its cause; a repeat (same time, same state) changes nothing.
    /// </summary>
    public static bool Supersedes(ActivityActor? stored, ActivityCause incoming) =>
        stored is null
        || incoming.At > stored.ChangedAt
        || (incoming.At == stored.ChangedAt && stored.Present && !incoming.Present);

    /// <summary>
    /// Whether the recipient hears of the actor at all: never of themself, nor of someone they mute or who is blocked
    /// either way with them (<paramref name="relationship"/> is the recipient's with the actor, as Graph answers).
    /// </summary>
    public static bool Admits(Guid recipientId, Guid actorId, Relationship relationship) =>
        recipientId != actorId && !relationship.Muting && !relationship.BlockedEitherWay;

    /// <summary>
    /// Whether a block either way was in force when the cause happened (by the replica's newest state of each edge), so
    /// that the cause is not kept. A block heard of that came after the cause does not refuse it: the block took back
    /// what it severed, and Graph and Engagement publish an undo for each cause it ended. An unblock heard of early does
    /// not let an older cause through either way, since the undo that ended it comes too.
    /// </summary>
    public static bool BlockedWhen(BlockState? oneWay, BlockState? otherWay, DateTimeOffset at) =>
        oneWay is { Blocked: true } && oneWay.ChangedAt <= at || otherWay is { Blocked: true } && otherWay.ChangedAt <= at;

    /// <summary>Whether a story reply in a conversation is the activity inbox's: only when the owner has it in their inbox (not requests, not declined, not locked by a block).</summary>
    public static bool ReachesInbox(MemberRecord? owner) => owner is { Folder: Folders.Inbox, Locked: false };

    /// <summary>The entry after <paramref name="cause"/>'s actor joined it (a new entry when there was none): on top, unseen.</summary>
    public static ActivityEntry Joined(ActivityEntry? entry, ActivityCause cause, string groupKey, Guid position, IReadOnlyList<Guid> newestActors) =>
        entry is null
            ? new ActivityEntry(
                cause.RecipientId, position, groupKey, cause.Type, position, cause.At, 1, newestActors, false,
                cause.ContentId, cause.CommentId, cause.StoryId, cause.MessageId)
            : entry with
            {
                Position = position,
                CreatedAt = cause.At > entry.CreatedAt ? cause.At : entry.CreatedAt,
                ActorCount = entry.ActorCount + 1,
                Actors = newestActors,
                Seen = false,
            };

    /// <summary>The entry after one actor left it, or null when none is left. It keeps its place and its seen state.</summary>
    public static ActivityEntry? Left(ActivityEntry entry, IReadOnlyList<Guid> newestActors) =>
        entry.ActorCount <= 1 || newestActors.Count == 0 ? null : entry with { ActorCount = entry.ActorCount - 1, Actors = newestActors };

    /// <summary>How the unseen badge moves when <paramref name="before"/> becomes <paramref name="after"/> (null: no entry).</summary>
    public static int UnseenDelta(ActivityEntry? before, ActivityEntry? after) => Unseen(after) - Unseen(before);

    /// <summary>
    /// The entry as its recipient is shown it now: without the actors they have muted since (a mute made after the
    /// entry, or one that expired, is applied at read time), and not at all when none of the actors shown is left.
    /// </summary>
    public static ActivityEntry? Visible(ActivityEntry entry, IReadOnlySet<Guid> muted)
    {
        var shown = entry.Actors.Where(actor => !muted.Contains(actor)).ToList();
        return shown.Count == 0
            ? null
            : entry with { Actors = shown, ActorCount = Math.Max(shown.Count, entry.ActorCount - (entry.Actors.Count - shown.Count)) };
    }

    private static int Unseen(ActivityEntry? entry) => entry is { Seen: false } ? 1 : 0;
}

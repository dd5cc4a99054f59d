using Social.ServiceDefaults.Validation;

namespace Social.Story.Domain.Stories;

/// <summary>
/// What a story may hold and how long it lives: an absolute https media URL (media is never uploaded here), a caption
/// of at most 2,200 characters, one of <see cref="StoryAudiences"/> (followers by default) and at most
/// <see cref="HideFromMax"/> users to hide it from. Every violation is reported at once.
/// </summary>
public static class StoryRules
{
    public const int CaptionMaxLength = 2200;
    public const int HideFromMax = 1000;

    public static IReadOnlyList<FieldViolation> Check(StoryDraft draft)
    {
        var violations = new List<FieldViolation>();
        if (MediaUrlRules.Check(draft.MediaUrl) is { } media)
        {
            violations.Add(new FieldViolation("mediaUrl", media));
        }

        if (draft.Caption is { } caption && TextRules.Check(caption, CaptionMaxLength, "A caption", allowLineBreaks: true) is { } problem)
        {
            violations.Add(new FieldViolation("caption", problem));
        }

        if (draft.Audience is { } audience && !StoryAudiences.All.Contains(audience))
        {
            violations.Add(new FieldViolation("audience", "One of everyone, followers, mutuals, closeFriends."));
        }

        if (draft.HideFrom.Distinct().Count() > HideFromMax)
        {
            violations.Add(new FieldViolation("hideFrom", $"A story is hidden from at most {HideFromMax} users."));
        }

        return violations;
    }

    /// <summary>The record a valid draft makes, live for <paramref name="lifetime"/> from <paramref name="at"/>.</summary>
    public static StoryRecord Create(Guid storyId, Guid ownerId, StoryDraft draft, DateTimeOffset at, TimeSpan lifetime) => new(
        storyId,
        ownerId,
        draft.MediaUrl!,
        draft.Caption ?? "",
        draft.Audience ?? StoryAudiences.Followers,
        [.. draft.HideFrom.Where(id => id != ownerId).Distinct().Order()],
        at,
        at + lifetime);

    /// <summary>Live strictly before its expiry: at the expiry instant itself the story is gone.</summary>
    public static bool IsLive(StoryRecord story, DateTimeOffset now) => now < story.ExpiresAt;

    /// <summary>The fields that make two creating requests the same one, for an <c>Idempotency-Key</c> retry.</summary>
    public static string Fingerprint(StoryDraft draft) =>
        IdempotencyKeys.Fingerprint("story", draft.MediaUrl, draft.Caption, draft.Audience, string.Join(',', draft.HideFrom.Distinct().Order()));
}

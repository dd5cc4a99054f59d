using Social.Engagement.Domain.Mentions;
using Social.Engagement.Domain.Tags;
using Social.ServiceDefaults.Validation;

namespace Social.Engagement.Domain.Content;

/// <summary>
/// What a content item may hold: an absolute https media URL (media is never uploaded here), a caption of at most
/// 2,200 characters, and one of <see cref="ContentAudiences"/>. Every violation is reported at once.
/// </summary>
public static class ContentRules
{
    public const int CaptionMaxLength = 2200;

    public static IReadOnlyList<FieldViolation> Check(ContentDraft draft)
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

        if (draft.Audience is { } audience && !ContentAudiences.All.Contains(audience))
        {
            violations.Add(new FieldViolation("audience", "One of everyone, followers, mutuals, onlyMe."));
        }

        if (draft.Tags is { } tags && tags.Distinct().Count() > TagRules.MaxTags)
        {
            violations.Add(new FieldViolation("tags", $"An item tags at most {TagRules.MaxTags} users."));
        }

        return violations;
    }

    /// <summary>The record a valid draft makes (defaults filled in: audience everyone, comments on), with its caption's linked mentions.</summary>
    public static ContentRecord Create(Guid contentId, Guid ownerId, ContentDraft draft, DateTimeOffset at, IReadOnlyList<Mention>? mentions = null) => new(
        contentId,
        ownerId,
        draft.MediaUrl!,
        draft.Caption ?? "",
        draft.Audience ?? ContentAudiences.Everyone,
        draft.CommentsEnabled ?? true,
        at,
        Mentions: mentions ?? []);

    /// <summary>The fields that make two creating requests the same one, for an <c>Idempotency-Key</c> retry.</summary>
    public static string Fingerprint(ContentDraft draft) =>
        IdempotencyKeys.Fingerprint(
            "content", draft.MediaUrl, draft.Caption, draft.Audience, draft.CommentsEnabled?.ToString(),
            draft.Tags is { } tags ? string.Join(',', tags.Distinct().Order()) : null);
}

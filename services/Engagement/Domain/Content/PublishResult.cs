using Social.ServiceDefaults.Validation;

namespace Social.Engagement.Domain.Content;

/// <summary>What a create or register call did: invalid fields, a conflict, or the item (new, or the first result of a retry).</summary>
public sealed record PublishResult(IReadOnlyList<FieldViolation> Violations, PublishConflict? Conflict, ContentItem? Item, bool Created)
{
    public static PublishResult Invalid(IReadOnlyList<FieldViolation> violations) => new(violations, null, null, false);

    public static PublishResult Failed(PublishConflict conflict) => new([], conflict, null, false);

    public static PublishResult Done(ContentItem item, bool created) => new([], null, item, created);
}

using Social.ServiceDefaults.Validation;

namespace Social.Story.Domain.Highlights;

/// <summary>
/// A highlight has a title of 1 to <see cref="TitleMaxLength"/> characters (not blank) and 1 to
/// <see cref="MaxStories"/> of its owner's own stories, live or expired, in the order they were added.
/// </summary>
public static class HighlightRules
{
    public const int TitleMaxLength = 50;
    public const int MaxStories = 100;

    public static FieldViolation? CheckTitle(string? title) =>
        string.IsNullOrWhiteSpace(title) ? new FieldViolation("title", "A highlight has a title.")
        : TextRules.Check(title, TitleMaxLength, "A title") is { } problem ? new FieldViolation("title", problem)
        : null;

    /// <summary>What is wrong with a highlight's stories: <paramref name="owned"/> are those of them the owner has.</summary>
    public static FieldViolation? CheckStories(string field, IReadOnlyList<Guid> storyIds, IReadOnlySet<Guid> owned)
    {
        if (storyIds.Count == 0)
        {
            return new FieldViolation(field, "A highlight keeps at least one story.");
        }

        if (storyIds.Count > MaxStories)
        {
            return new FieldViolation(field, $"A highlight keeps at most {MaxStories} stories.");
        }

        return storyIds.All(owned.Contains) ? null : new FieldViolation(field, "Each story is one of yours.");
    }

    /// <summary>The stories after an edit: removals go, additions join at the end, each story once.</summary>
    public static IReadOnlyList<Guid> Apply(IReadOnlyList<Guid> current, HighlightEdit edit) =>
        [.. current.Concat(edit.Add).Distinct().Where(id => !edit.Remove.Contains(id))];

    public static string Fingerprint(HighlightDraft draft) =>
        IdempotencyKeys.Fingerprint("highlight", draft.Title, string.Join(',', draft.StoryIds));
}

using Social.ServiceDefaults.Validation;

namespace Social.Engagement.Domain.Comments;

/// <summary>
/// What a comment may hold: 1 to 2,200 characters that are not all blank, line breaks allowed, no other control
/// characters.
/// </summary>
public static class CommentRules
{
    public const int TextMaxLength = 2200;

    public static IReadOnlyList<FieldViolation> Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [new FieldViolation("text", "A comment has some text.")];
        }

        return TextRules.Check(text, TextMaxLength, "A comment", allowLineBreaks: true) is { } problem ? [new FieldViolation("text", problem)] : [];
    }
}

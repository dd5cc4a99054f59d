using Social.ServiceDefaults.Validation;

namespace Social.Story.Domain.Replies;

/// <summary>
/// A story reply has text (1 to <see cref="TextMaxLength"/> characters, not all blank, line breaks allowed, as a
/// direct message's) and a client message id shaped like an idempotency key. Every violation is reported at once.
/// </summary>
public static class ReplyRules
{
    public const int TextMaxLength = 2000;

    public static IReadOnlyList<FieldViolation> Check(ReplyDraft draft)
    {
        var violations = new List<FieldViolation>();
        if (draft.ClientMessageId is null || IdempotencyKeys.Check(draft.ClientMessageId) is not null)
        {
            violations.Add(new FieldViolation("clientMessageId", $"A client message id has 1 to {IdempotencyKeys.MaxLength} printable ASCII characters (a UUID is typical)."));
        }

        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            violations.Add(new FieldViolation("text", "A reply has text."));
        }
        else if (TextRules.Check(draft.Text, TextMaxLength, "A reply", allowLineBreaks: true) is { } problem)
        {
            violations.Add(new FieldViolation("text", problem));
        }

        return violations;
    }
}

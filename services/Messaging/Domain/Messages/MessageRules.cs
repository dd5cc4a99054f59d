using System.Globalization;
using Social.ServiceDefaults.Validation;

namespace Social.Messaging.Domain.Messages;

/// <summary>
/// What a message may hold and who may change it. A message has text (1 to <see cref="TextMaxLength"/> characters,
/// not all blank, line breaks allowed), a story or a content item; its <c>clientMessageId</c> follows the shape of an
/// idempotency key. Only its sender edits or unsends it. A reaction is one emoji.
/// </summary>
public static class MessageRules
{
    public const int TextMaxLength = 2000;

    public const int EmojiMaxLength = 32;

    public static IReadOnlyList<FieldViolation> Check(MessageDraft draft)
    {
        var violations = new List<FieldViolation>();
        if (IdempotencyKeys.Check(draft.ClientMessageId) is not null)
        {
            violations.Add(new FieldViolation("clientMessageId", $"A client message id has 1 to {IdempotencyKeys.MaxLength} printable ASCII characters (a UUID is typical)."));
        }

        if (draft.Text is not null && CheckText(draft.Text) is { } problem)
        {
            violations.Add(new FieldViolation("text", problem));
        }
        else if (draft.Text is null && draft.StoryId is null && draft.ContentId is null)
        {
            violations.Add(new FieldViolation("text", "A message has text, a storyId or a contentId."));
        }

        return violations;
    }

    public static IReadOnlyList<FieldViolation> CheckEdit(string? text) =>
        text is null ? [new FieldViolation("text", "An edit has the message's new text.")]
        : CheckText(text) is { } problem ? [new FieldViolation("text", problem)]
        : [];

    private static string? CheckText(string text) =>
        string.IsNullOrWhiteSpace(text) ? "A message's text is not blank." : TextRules.Check(text, TextMaxLength, "A message", allowLineBreaks: true);

    /// <summary>One emoji: a single user-perceived character, outside ASCII, with no control characters.</summary>
    public static string? CheckEmoji(string? emoji) =>
        string.IsNullOrEmpty(emoji) || emoji.Length > EmojiMaxLength || new StringInfo(emoji).LengthInTextElements != 1
            || emoji.Any(c => c < 0x80 || char.IsControl(c) || char.IsWhiteSpace(c))
            ? "A reaction is one emoji."
            : null;

    /// <summary>The sender edits and unsends; nobody else does.</summary>
    public static bool MayChange(Guid actorId, MessageRecord message) => actorId == message.SenderId;
}

using Social.ServiceDefaults.Validation;

namespace Social.Engagement.Domain.Comments;

/// <summary>What a comment call did: invalid fields, a refusal, a conflict of its idempotency key, or the comment.</summary>
public sealed record CommentResult(
    IReadOnlyList<FieldViolation> Violations, CommentDecision Decision, CommentRecord? Comment, bool Created = false, bool KeyReused = false)
{
    public static CommentResult Invalid(IReadOnlyList<FieldViolation> violations) => new(violations, CommentDecision.Allowed, null);

    public static CommentResult Refused(CommentDecision decision) => new([], decision, null);

    public static CommentResult Reused() => new([], CommentDecision.Allowed, null, KeyReused: true);

    public static CommentResult Done(CommentRecord comment, bool created = false) => new([], CommentDecision.Allowed, comment, created);
}

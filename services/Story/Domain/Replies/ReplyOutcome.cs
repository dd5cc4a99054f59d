using Social.ServiceDefaults.Validation;
using Social.Story.Domain.Access;

namespace Social.Story.Domain.Replies;

/// <summary>What a reply did: invalid fields, refused (<see cref="Access"/>, or the caller's own story), or the message sent (<see cref="Created"/>: now, rather than by an earlier try with the same client message id).</summary>
public sealed record ReplyOutcome(IReadOnlyList<FieldViolation> Violations, AccessDecision Access, bool OwnStory, DirectMessage? Message, bool Created = false)
{
    public static ReplyOutcome Invalid(IReadOnlyList<FieldViolation> violations) => new(violations, AccessDecision.Visible, false, null);

    public static ReplyOutcome Refused(AccessDecision access) => new([], access, false, null);

    public static ReplyOutcome ToOwnStory() => new([], AccessDecision.Visible, true, null);

    public static ReplyOutcome Sent(DirectMessage message, bool created) => new([], AccessDecision.Visible, false, message, created);
}

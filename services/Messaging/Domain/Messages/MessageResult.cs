using Social.Messaging.Domain.Conversations;
using Social.ServiceDefaults.Validation;

namespace Social.Messaging.Domain.Messages;

/// <summary>What a message call did: invalid fields, a refusal, or the message (and whether this call created it).</summary>
public sealed record MessageResult(IReadOnlyList<FieldViolation> Violations, ConversationDecision Decision, MessageRecord? Message, bool Created = false)
{
    public static MessageResult Invalid(IReadOnlyList<FieldViolation> violations) => new(violations, ConversationDecision.Allowed, null);

    public static MessageResult Invalid(string field, string description) => Invalid([new FieldViolation(field, description)]);

    public static MessageResult Refused(ConversationDecision decision) => new([], decision, null);

    public static MessageResult Done(MessageRecord message, bool created = false) => new([], ConversationDecision.Allowed, message, created);
}

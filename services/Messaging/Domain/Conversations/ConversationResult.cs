using Social.ServiceDefaults.Validation;

namespace Social.Messaging.Domain.Conversations;

/// <summary>What a conversation call did: invalid fields, a refusal, a reused idempotency key, or the conversation it is about.</summary>
public sealed record ConversationResult(
    IReadOnlyList<FieldViolation> Violations, ConversationDecision Decision, Guid? ConversationId, bool Created = false, bool KeyReused = false)
{
    public static ConversationResult Invalid(IReadOnlyList<FieldViolation> violations) => new(violations, ConversationDecision.Allowed, null);

    public static ConversationResult Refused(ConversationDecision decision) => new([], decision, null);

    public static ConversationResult Reused() => new([], ConversationDecision.Allowed, null, KeyReused: true);

    public static ConversationResult Done(Guid conversationId, bool created = false) => new([], ConversationDecision.Allowed, conversationId, created);
}

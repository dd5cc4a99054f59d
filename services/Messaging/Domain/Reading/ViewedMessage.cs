using Social.Messaging.Domain.Messages;

namespace Social.Messaging.Domain.Reading;

/// <summary>A message as a member sees it, with its reactions.</summary>
public sealed record ViewedMessage(MessageRecord Message, IReadOnlyList<ReactionSummary> Reactions);

namespace Social.Messaging.Domain.Messages;

/// <summary>One emoji's reactions on a message: how many, and whether the viewer's is among them.</summary>
public sealed record ReactionSummary(string Emoji, long Count, bool Mine);

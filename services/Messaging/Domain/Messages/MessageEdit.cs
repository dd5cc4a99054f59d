namespace Social.Messaging.Domain.Messages;

/// <summary>A message's earlier text, kept when its sender replaced it.</summary>
public sealed record MessageEdit(Guid EditId, Guid MessageId, string Text, DateTimeOffset ReplacedAt);

namespace Social.Messaging.Domain.Activity;

/// <summary>One cause of activity: who did what to which object, for whom. A cause and its undo share it.</summary>
public sealed record ActivityKey(Guid RecipientId, string Type, Guid? ObjectId, Guid ActorId);

namespace Social.EventBus.Inbox;

/// <summary>
/// Proof that <paramref name="Consumer"/> handled message <paramref name="MessageId"/>. Stored in the inbox in the
/// same transaction as the consumer's effect; unique per consumer, so a redelivery has no second effect.
/// </summary>
public readonly record struct MessageReceipt(string Consumer, Guid MessageId);

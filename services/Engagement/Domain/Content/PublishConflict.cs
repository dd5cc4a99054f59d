namespace Social.Engagement.Domain.Content;

public enum PublishConflict
{
    /// <summary>The owner's account is not known (not announced yet, or deleted).</summary>
    OwnerUnknown,

    /// <summary>The idempotency key came with a different request.</summary>
    IdempotencyKeyReused,

    /// <summary>A retry's first result is gone (the item was deleted since).</summary>
    FirstResultGone,

    /// <summary>A registered id already belongs to another owner's item.</summary>
    IdTaken,
}

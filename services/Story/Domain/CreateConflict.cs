namespace Social.Story.Domain;

/// <summary>Why a creating request (a story, a highlight) made nothing.</summary>
public enum CreateConflict
{
    /// <summary>The owner's account is not known (not announced yet, or deleted).</summary>
    OwnerUnknown,

    /// <summary>The idempotency key came with a different request.</summary>
    IdempotencyKeyReused,

    /// <summary>A retry's first result is gone (deleted since).</summary>
    FirstResultGone,
}

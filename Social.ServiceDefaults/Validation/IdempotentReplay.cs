namespace Social.ServiceDefaults.Validation;

/// <summary>What a request's <c>Idempotency-Key</c> means given what is stored under it.</summary>
public enum IdempotentReplay
{
    /// <summary>No request came with this key yet: do the work and store the key with its result.</summary>
    FirstTime,

    /// <summary>A retry of the request that came with this key: answer its first result.</summary>
    SameRequest,

    /// <summary>The key came with a different request: refuse.</summary>
    KeyReused,
}

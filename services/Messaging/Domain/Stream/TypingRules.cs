namespace Social.Messaging.Domain.Stream;

/// <summary>Typing is ephemeral: it shows for <see cref="Lifetime"/> after its last renewal, then it is gone.</summary>
public static class TypingRules
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public static DateTimeOffset ExpiresAt(DateTimeOffset renewedAt) => renewedAt + Lifetime;

    /// <summary>Whether a typing notice still means something now: one that arrives after it expired is dropped.</summary>
    public static bool IsLive(DateTimeOffset expiresAt, DateTimeOffset now) => now < expiresAt;
}

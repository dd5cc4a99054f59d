using System.Buffers;
using System.Collections.Frozen;

namespace Social.Profile.Domain.Accounts;

/// <summary>
/// Handles: 3–30 characters of <c>a-z 0-9 . _</c>, not starting or ending with a dot, case-insensitive
/// (input is lower-cased), and not a reserved word.
/// </summary>
public static class HandleRules
{
    public const int MinLength = 3;
    public const int MaxLength = 30;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789._");

    // Words that would impersonate the service or collide with routes and well-known names.
    private static readonly FrozenSet<string> Reserved = FrozenSet.Create(
        StringComparer.Ordinal,
        "about", "account", "accounts", "admin", "administrator", "api", "app", "auth", "connect", "help", "home",
        "inbox", "login", "logout", "me", "messages", "moderator", "notifications", "null", "oauth", "official",
        "owner", "profile", "profiles", "register", "root", "search", "security", "settings", "signin", "signup",
        "social", "staff", "stories", "support", "system", "undefined", "user", "users", "www");

    /// <summary>The canonical (lower-case, trimmed) form of a handle as typed, for lookups and storage.</summary>
    public static string Normalize(string? handle) => (handle ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>Why <paramref name="normalized"/> is not an acceptable new handle, or null if it is.</summary>
    public static string? Check(string normalized)
    {
        if (normalized.Length == 0)
        {
            return "A handle is required.";
        }

        if (normalized.Length is < MinLength or > MaxLength)
        {
            return $"A handle has {MinLength} to {MaxLength} characters.";
        }

        if (normalized.AsSpan().ContainsAnyExcept(Allowed))
        {
            return "A handle uses only letters a-z, digits, '.' and '_'.";
        }

        if (normalized[0] == '.' || normalized[^1] == '.')
        {
            return "A handle cannot start or end with '.'.";
        }

        return Reserved.Contains(normalized) ? "This handle is reserved." : null;
    }
}

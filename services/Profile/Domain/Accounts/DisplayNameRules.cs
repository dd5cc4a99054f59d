using System.Globalization;

namespace Social.Profile.Domain.Accounts;

/// <summary>Display names: 1–50 user-perceived characters (grapheme clusters, so emoji count once), no control characters.</summary>
public static class DisplayNameRules
{
    public const int MaxLength = 50;

    public static string Normalize(string? displayName) => (displayName ?? string.Empty).Trim();

    public static string? Check(string normalized)
    {
        if (normalized.Length == 0)
        {
            return "A display name is required.";
        }

        if (new StringInfo(normalized).LengthInTextElements > MaxLength)
        {
            return $"A display name has at most {MaxLength} characters.";
        }

        return normalized.Any(char.IsControl) ? "A display name cannot contain control characters." : null;
    }
}

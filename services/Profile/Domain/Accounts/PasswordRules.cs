namespace Social.Profile.Domain.Accounts;

/// <summary>Passwords: at least 10 characters, not containing the handle; capped so hashing cannot be used to burn CPU.</summary>
public static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    /// <summary>Why <paramref name="password"/> is not acceptable for <paramref name="normalizedHandle"/>, or null if it is.</summary>
    public static string? Check(string? password, string normalizedHandle)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "A password is required.";
        }

        if (password.Length < MinLength)
        {
            return $"A password has at least {MinLength} characters.";
        }

        if (password.Length > MaxLength)
        {
            return $"A password has at most {MaxLength} characters.";
        }

        return normalizedHandle.Length > 0 && password.Contains(normalizedHandle, StringComparison.OrdinalIgnoreCase)
            ? "A password cannot contain the handle."
            : null;
    }
}

namespace Social.ServiceDefaults.Validation;

/// <summary>A media field is an absolute https URL of at most <see cref="MaxLength"/> characters: media is never uploaded here.</summary>
public static class MediaUrlRules
{
    public const int MaxLength = 2048;

    /// <summary>What is wrong with <paramref name="value"/>, or null when it is a valid media URL.</summary>
    public static string? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "A media URL is required.";
        }

        if (value.Length > MaxLength)
        {
            return $"A media URL has at most {MaxLength} characters.";
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0
            ? null
            : "A media URL is an absolute https URL.";
    }
}

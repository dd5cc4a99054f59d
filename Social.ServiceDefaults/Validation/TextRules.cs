using System.Globalization;

namespace Social.ServiceDefaults.Validation;

/// <summary>Free-text fields are measured in user-perceived characters (an emoji counts once) and carry no control characters.</summary>
public static class TextRules
{
    public static string? Check(string value, int maxLength, string what, bool allowLineBreaks = false)
    {
        if (new StringInfo(value).LengthInTextElements > maxLength)
        {
            return $"{what} has at most {maxLength} characters.";
        }

        return value.Any(c => char.IsControl(c) && !(allowLineBreaks && c == '\n'))
            ? $"{what} cannot contain control characters."
            : null;
    }
}

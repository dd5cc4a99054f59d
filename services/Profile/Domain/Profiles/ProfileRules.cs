using Social.Contracts.Settings;
using Social.Profile.Domain.Accounts;
using Social.ServiceDefaults.Validation;

namespace Social.Profile.Domain.Profiles;

/// <summary>The rules of profile fields and settings; every violation of an update is reported at once.</summary>
public static class ProfileRules
{
    public const int BioMaxLength = 160;
    public const int PronounsMaxLength = 30;
    public const int MaxLinks = 5;
    public const int MaxUrlLength = 2048;

    public static IReadOnlyList<FieldViolation> Check(ProfileChanges changes)
    {
        var violations = new List<FieldViolation>();
        void Add(string field, string? problem)
        {
            if (problem is not null)
            {
                violations.Add(new FieldViolation(field, problem));
            }
        }

        if (changes.DisplayName is { } displayName)
        {
            Add("displayName", DisplayNameRules.Check(DisplayNameRules.Normalize(displayName)));
        }

        if (changes.Bio is { } bio)
        {
            Add("bio", TextRules.Check(bio, BioMaxLength, "A bio", allowLineBreaks: true));
        }

        if (changes.AvatarUrl is { Length: > 0 } avatarUrl)
        {
            Add("avatarUrl", CheckUrl(avatarUrl));
        }

        if (changes.Links is { } links)
        {
            Add("links", links.Count > MaxLinks ? $"A profile has at most {MaxLinks} links." : null);
            for (var i = 0; i < links.Count; i++)
            {
                Add($"links[{i}]", CheckUrl(links[i]));
            }
        }

        if (changes.Pronouns is { } pronouns)
        {
            Add("pronouns", TextRules.Check(pronouns, PronounsMaxLength, "Pronouns"));
        }

        Add("settings.whoCanMessage", CheckAudience(changes.WhoCanMessage));
        Add("settings.whoCanComment", CheckAudience(changes.WhoCanComment));
        Add("settings.whoCanMention", CheckAudience(changes.WhoCanMention));
        Add("settings.whoCanTag", CheckAudience(changes.WhoCanTag));
        return violations;
    }

    /// <summary>Media is never uploaded here: links and avatars are absolute https URLs.</summary>
    private static string? CheckUrl(string value) =>
        value.Length <= MaxUrlLength && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0
            ? null
            : $"An absolute https URL of at most {MaxUrlLength} characters is required.";

    private static string? CheckAudience(string? value) =>
        value is null || Audiences.All.Contains(value) ? null : "One of everyone, followers, mutuals, nobody.";
}

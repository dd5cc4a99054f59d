using Social.ServiceDefaults.Validation;

namespace Social.Profile.Domain.Profiles;

/// <summary>Outcome of a profile edit: the stored profile, invalid fields (nothing changed), or no such account.</summary>
public sealed record ProfileEditResult(ProfileRecord? Profile, IReadOnlyList<FieldViolation> Violations)
{
    public bool Succeeded => Profile is not null;

    public static ProfileEditResult AccountGone { get; } = new(null, []);

    public static ProfileEditResult Updated(ProfileRecord profile) => new(profile, []);

    public static ProfileEditResult Invalid(IReadOnlyList<FieldViolation> violations) => new(null, violations);
}

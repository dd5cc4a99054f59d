namespace Social.Profile.Domain.Accounts;

/// <summary>Account rules that operators tune, bound from <c>Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>How long a deleted account's handle stays reserved before anyone can sign up with it.</summary>
    public TimeSpan HandleQuarantine { get; set; } = TimeSpan.FromDays(30);
}

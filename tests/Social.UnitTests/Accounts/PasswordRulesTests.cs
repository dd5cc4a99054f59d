using Social.Profile.Domain.Accounts;

namespace Social.UnitTests.Accounts;

public sealed class PasswordRulesTests
{
    [Fact]
    public void Accepts_ten_characters_without_the_handle() =>
        Assert.Null(PasswordRules.Check("correct-hz", "ana"));

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("short-pw!", "at least 10")]
    public void Refuses_missing_or_short_passwords(string? password, string reason) =>
        Assert.Contains(reason, PasswordRules.Check(password, "ana"), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("my-ana-password")]
    [InlineData("MY-ANA-PASSWORD")]
    public void Refuses_a_password_containing_the_handle_in_any_case(string password) =>
        Assert.Contains("handle", PasswordRules.Check(password, "ana"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Refuses_very_long_passwords_so_hashing_cannot_be_abused() =>
        Assert.Contains("at most", PasswordRules.Check(new string('x', PasswordRules.MaxLength + 1), "ana"), StringComparison.OrdinalIgnoreCase);
}

using Social.Profile.Domain.Accounts;

namespace Social.UnitTests.Accounts;

public sealed class DisplayNameRulesTests
{
    [Fact]
    public void Counts_user_perceived_characters_so_fifty_emoji_fit()
    {
        var fiftyFamilies = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 50));

        Assert.Null(DisplayNameRules.Check(fiftyFamilies));
        Assert.NotNull(DisplayNameRules.Check(fiftyFamilies + "x"));
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("Ana\u0000", "control")]
    [InlineData("Ana\nMaria", "control")]
    public void Refuses_empty_names_and_control_characters(string name, string reason) =>
        Assert.Contains(reason, DisplayNameRules.Check(DisplayNameRules.Normalize(name)), StringComparison.OrdinalIgnoreCase);
}

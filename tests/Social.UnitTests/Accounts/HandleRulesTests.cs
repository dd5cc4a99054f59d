using Social.Profile.Domain.Accounts;

namespace Social.UnitTests.Accounts;

public sealed class HandleRulesTests
{
    [Theory]
    [InlineData("ana")]
    [InlineData("ana.maria_01")]
    [InlineData("a_b")]
    [InlineData("_underscore_")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123")] // 30 characters
    public void Accepts_valid_handles(string handle) =>
        Assert.Null(HandleRules.Check(HandleRules.Normalize(handle)));

    [Theory]
    [InlineData("", "required")]
    [InlineData("ab", "3 to 30")]
    [InlineData("abcdefghijklmnopqrstuvwxyz01234", "3 to 30")] // 31 characters
    [InlineData("ana-maria", "only letters")]
    [InlineData("ana maria", "only letters")]
    [InlineData("anä", "only letters")]
    [InlineData(".ana", "start or end")]
    [InlineData("ana.", "start or end")]
    [InlineData("admin", "reserved")]
    [InlineData("Support", "reserved")]
    [InlineData("API", "reserved")]
    public void Refuses_invalid_handles_with_a_reason(string handle, string reason)
    {
        var problem = HandleRules.Check(HandleRules.Normalize(handle));

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Normalizes_case_and_surrounding_spaces_so_Ana_and_ana_are_one_handle() =>
        Assert.Equal("ana", HandleRules.Normalize("  Ana "));

    [Fact]
    public void Normalizes_a_missing_handle_to_empty() =>
        Assert.Equal(string.Empty, HandleRules.Normalize(null));
}

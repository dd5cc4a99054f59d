using Social.Story.Domain.Highlights;
using Social.Story.Domain.Replies;

namespace Social.UnitTests.Story;

/// <summary>What a highlight and a story reply may hold.</summary>
public sealed class HighlightRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("a title that is much longer than fifty characters, really")]
    public void A_blank_missing_or_long_title_is_refused(string? title) =>
        Assert.Equal("title", HighlightRules.CheckTitle(title)?.Field);

    [Fact]
    public void A_highlight_keeps_one_to_a_hundred_of_its_owners_stories()
    {
        var mine = Guid.CreateVersion7();
        var theirs = Guid.CreateVersion7();
        var owned = new HashSet<Guid> { mine };

        Assert.Null(HighlightRules.CheckStories("storyIds", [mine], owned));
        Assert.NotNull(HighlightRules.CheckStories("storyIds", [], owned));
        Assert.NotNull(HighlightRules.CheckStories("storyIds", [mine, theirs], owned));
        var many = Enumerable.Range(0, HighlightRules.MaxStories + 1).Select(_ => Guid.CreateVersion7()).ToList();
        Assert.NotNull(HighlightRules.CheckStories("storyIds", many, many.ToHashSet()));
    }

    [Fact]
    public void An_edit_removes_then_appends_new_stories_once_each()
    {
        Guid a = Guid.CreateVersion7(), b = Guid.CreateVersion7(), c = Guid.CreateVersion7();

        Assert.Equal([b, c], HighlightRules.Apply([a, b], new HighlightEdit(null, [b, c], [a])));
    }

    [Theory]
    [InlineData(null, "m-1", "text")]
    [InlineData("  ", "m-1", "text")]
    [InlineData("hi", null, "clientMessageId")]
    [InlineData("hi", "has space", "clientMessageId")]
    public void A_reply_needs_text_and_a_client_message_id(string? text, string? clientMessageId, string field) =>
        Assert.Equal([field], ReplyRules.Check(new ReplyDraft(text, clientMessageId)).Select(v => v.Field));
}

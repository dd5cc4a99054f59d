using Social.Engagement.Domain.Content;

namespace Social.UnitTests.Engagement;

public sealed class ContentRulesTests
{
    private static ContentDraft Valid => new("https://cdn.example.com/v/1.mp4", "Hello", ContentAudiences.Everyone, true);

    [Fact]
    public void A_valid_draft_has_no_violations() => Assert.Empty(ContentRules.Check(Valid));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://cdn.example.com/v.mp4")]
    [InlineData("ftp://cdn.example.com/v.mp4")]
    [InlineData("/relative/v.mp4")]
    [InlineData("https://")]
    [InlineData("not a url")]
    public void Media_is_an_absolute_https_url(string? mediaUrl) =>
        Assert.Equal(["mediaUrl"], ContentRules.Check(Valid with { MediaUrl = mediaUrl }).Select(v => v.Field));

    [Fact]
    public void A_media_url_longer_than_2048_characters_is_refused() =>
        Assert.Equal(["mediaUrl"], ContentRules.Check(Valid with { MediaUrl = "https://cdn.example.com/" + new string('a', 2048) }).Select(v => v.Field));

    [Fact]
    public void A_caption_has_at_most_2200_characters_counting_an_emoji_once()
    {
        Assert.Empty(ContentRules.Check(Valid with { Caption = string.Concat(Enumerable.Repeat("👍", 2200)) }));
        Assert.Equal(["caption"], ContentRules.Check(Valid with { Caption = new string('a', 2201) }).Select(v => v.Field));
    }

    [Fact]
    public void A_caption_may_break_lines_but_holds_no_other_control_characters()
    {
        Assert.Empty(ContentRules.Check(Valid with { Caption = "one\ntwo" }));
        Assert.Equal(["caption"], ContentRules.Check(Valid with { Caption = "bell\u0007" }).Select(v => v.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Everyone")]
    [InlineData("closeFriends")]
    [InlineData("nobody")]
    public void The_audience_is_one_of_four(string audience) =>
        Assert.Equal(["audience"], ContentRules.Check(Valid with { Audience = audience }).Select(v => v.Field));

    [Fact]
    public void Every_violation_is_reported_at_once() =>
        Assert.Equal(["mediaUrl", "caption", "audience"], ContentRules.Check(new ContentDraft(null, new string('a', 3000), "x", null)).Select(v => v.Field));

    [Fact]
    public void Defaults_are_everyone_with_comments_on_and_an_empty_caption()
    {
        var record = ContentRules.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), new ContentDraft("https://cdn.example.com/v.mp4", null, null, null), DateTimeOffset.UnixEpoch);

        Assert.Equal((ContentAudiences.Everyone, true, ""), (record.Audience, record.CommentsEnabled, record.Caption));
    }

    [Fact]
    public void Two_drafts_are_the_same_request_only_when_every_field_matches()
    {
        Assert.Equal(ContentRules.Fingerprint(Valid), ContentRules.Fingerprint(Valid with { }));
        Assert.NotEqual(ContentRules.Fingerprint(Valid), ContentRules.Fingerprint(Valid with { Caption = "Other" }));
        Assert.NotEqual(ContentRules.Fingerprint(Valid with { Caption = null }), ContentRules.Fingerprint(Valid with { Caption = "" }));
        Assert.NotEqual(ContentRules.Fingerprint(Valid with { CommentsEnabled = null }), ContentRules.Fingerprint(Valid with { CommentsEnabled = true }));
    }
}

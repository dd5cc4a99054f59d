using Social.Story.Domain.Stories;

namespace Social.UnitTests.Story;

/// <summary>What a story may hold, its defaults, and the instant it stops being live.</summary>
public sealed class StoryRulesTests
{
    private static readonly DateTimeOffset Posted = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static StoryDraft Draft(string? media = "https://cdn.example.com/s.jpg", string? caption = null, string? audience = null, params Guid[] hideFrom) =>
        new(media, caption, audience, hideFrom);

    [Fact]
    public void A_story_is_live_until_the_instant_before_its_expiry_and_gone_at_the_instant_itself()
    {
        var story = StoryRules.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), Draft(), Posted, TimeSpan.FromHours(24));

        Assert.Equal(Posted.AddHours(24), story.ExpiresAt);
        Assert.True(StoryRules.IsLive(story, Posted));
        Assert.True(StoryRules.IsLive(story, story.ExpiresAt.AddTicks(-1)));
        Assert.False(StoryRules.IsLive(story, story.ExpiresAt));
        Assert.False(StoryRules.IsLive(story, story.ExpiresAt.AddTicks(1)));
    }

    [Fact]
    public void The_audience_defaults_to_followers_and_the_owner_is_never_on_their_own_hide_from_list()
    {
        var owner = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();

        var story = StoryRules.Create(Guid.CreateVersion7(), owner, Draft(hideFrom: [owner, other, other]), Posted, TimeSpan.FromHours(1));

        Assert.Equal(StoryAudiences.Followers, story.Audience);
        Assert.Equal([other], story.HideFrom);
        Assert.Equal("", story.Caption);
    }

    [Theory]
    [InlineData(null, "mediaUrl")]
    [InlineData("http://cdn.example.com/s.jpg", "mediaUrl")]
    [InlineData("/relative.jpg", "mediaUrl")]
    public void A_missing_or_non_https_media_url_is_refused(string? media, string field) =>
        Assert.Equal([field], StoryRules.Check(Draft(media)).Select(v => v.Field));

    [Fact]
    public void Every_violation_is_reported_at_once()
    {
        var tooMany = Enumerable.Range(0, StoryRules.HideFromMax + 1).Select(_ => Guid.CreateVersion7()).ToArray();

        var violations = StoryRules.Check(Draft("ftp://x", new string('a', StoryRules.CaptionMaxLength + 1), "onlyMe", tooMany));

        Assert.Equal(["mediaUrl", "caption", "audience", "hideFrom"], violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData(StoryAudiences.Everyone)]
    [InlineData(StoryAudiences.Followers)]
    [InlineData(StoryAudiences.Mutuals)]
    [InlineData(StoryAudiences.CloseFriends)]
    public void Each_audience_is_accepted(string audience) => Assert.Empty(StoryRules.Check(Draft(audience: audience)));
}

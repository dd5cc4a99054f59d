using Social.Contracts.Settings;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Mentions;
using Social.KnownUsers;
using Social.Relationships;

namespace Social.UnitTests.Engagement;

public sealed class MentionRulesTests
{
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly Guid Named = Guid.CreateVersion7();

    [Fact]
    public void Handles_are_found_in_order_once_each_with_where_they_stand()
    {
        var found = MentionRules.Find("hi @Ana and @bob_1, again @ana");

        Assert.Equal([("ana", 3, 4), ("bob_1", 12, 6)], found.Select(m => (m.Handle, m.Start, m.Length)));
    }

    [Theory]
    [InlineData("mail me at ana@example.com")]
    [InlineData("@ab is too short")]
    [InlineData("no at sign")]
    [InlineData("@@ana")]
    public void Text_that_names_nobody_has_no_mentions(string text) => Assert.Empty(MentionRules.Find(text));

    [Fact]
    public void A_dot_ending_a_sentence_is_not_part_of_the_handle() =>
        Assert.Equal(["ana.b"], MentionRules.Find("thanks @ana.b.").Select(m => m.Handle));

    [Fact]
    public void At_most_twenty_handles_are_mentions()
    {
        var text = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"@user{i:00}"));

        Assert.Equal(MentionRules.MaxMentions, MentionRules.Find(text).Count);
    }

    [Theory]
    [InlineData(Audiences.Everyone, false, false, false, true)]
    [InlineData(Audiences.Nobody, true, true, false, false)]
    [InlineData(Audiences.Followers, true, false, false, true)]
    [InlineData(Audiences.Followers, false, true, false, false)]
    [InlineData(Audiences.Everyone, false, false, true, false)]
    public void A_mention_links_when_the_named_users_setting_admits_the_author_and_no_block_stands(
        string whoCanMention, bool authorFollowsThem, bool theyFollowAuthor, bool blocked, bool links)
    {
        var relationship = new Relationship(authorFollowsThem, theyFollowAuthor, Blocking: false, BlockedBy: blocked);
        var settings = UserSettings.DefaultsFor(Named) with { WhoCanMention = whoCanMention };

        Assert.Equal(links, MentionRules.Links(Author, Named, relationship, settings));
    }

    [Fact]
    public void Naming_oneself_always_links() =>
        Assert.True(MentionRules.Links(Author, Author, Relationship.None, UserSettings.DefaultsFor(Author) with { WhoCanMention = Audiences.Nobody }));
}

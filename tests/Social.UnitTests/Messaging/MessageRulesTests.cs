using Social.Messaging.Domain.Blocks;
using Social.Messaging.Domain.Messages;

namespace Social.UnitTests.Messaging;

public sealed class MessageRulesTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly DateTimeOffset Noon = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_message_has_a_client_id_and_text_a_story_or_a_content_item()
    {
        Assert.Empty(MessageRules.Check(Draft("c-1", "hi")));
        Assert.Empty(MessageRules.Check(Draft("c-1", "two\nlines")));
        Assert.Empty(MessageRules.Check(new MessageDraft("c-1", null, null, Guid.CreateVersion7(), null)));
        Assert.Empty(MessageRules.Check(new MessageDraft("c-1", null, null, null, Guid.CreateVersion7())));
        Assert.Empty(MessageRules.Check(Draft("c-1", new string('x', MessageRules.TextMaxLength))));

        Assert.Equal(["clientMessageId"], Fields(Draft("", "hi")));
        Assert.Equal(["clientMessageId"], Fields(Draft("with space", "hi")));
        Assert.Equal(["clientMessageId"], Fields(Draft(new string('k', 256), "hi")));
        Assert.Equal(["text"], Fields(Draft("c-1", null)));
        Assert.Equal(["text"], Fields(Draft("c-1", " \n ")));
        Assert.Equal(["text"], Fields(Draft("c-1", new string('x', MessageRules.TextMaxLength + 1))));
        Assert.Equal(["text"], Fields(Draft("c-1", "bell\u0007")));
        Assert.Equal(["clientMessageId", "text"], Fields(Draft("", "")));
    }

    [Fact]
    public void An_edit_has_new_text()
    {
        Assert.Empty(MessageRules.CheckEdit("better"));
        Assert.Equal(["text"], MessageRules.CheckEdit(null).Select(v => v.Field));
        Assert.Equal(["text"], MessageRules.CheckEdit("  ").Select(v => v.Field));
    }

    [Theory]
    [InlineData("👍", true)]
    [InlineData("❤️", true)]
    [InlineData("👨‍👩‍👧", true)]
    [InlineData("🇫🇷", true)]
    [InlineData("", false)]
    [InlineData("a", false)]
    [InlineData(":)", false)]
    [InlineData("👍👍", false)]
    [InlineData("👍 ", false)]
    public void A_reaction_is_one_emoji(string emoji, bool valid) => Assert.Equal(valid, MessageRules.CheckEmoji(emoji) is null);

    [Fact]
    public void Only_the_sender_changes_a_message()
    {
        var message = new MessageRecord(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, Ana, "c", "hi", null, null, null, Noon);

        Assert.True(MessageRules.MayChange(Ana, message));
        Assert.False(MessageRules.MayChange(Bob, message));
    }

    private static MessageDraft Draft(string clientMessageId, string? text) => new(clientMessageId, text, null, null, null);

    private static IEnumerable<string> Fields(MessageDraft draft) => MessageRules.Check(draft).Select(v => v.Field);
}

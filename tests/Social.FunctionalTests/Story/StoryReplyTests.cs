using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Story;

/// <summary>Replies arrive as direct messages referencing the story, obey the owner's message settings, and are announced once.</summary>
public sealed class StoryReplyTests(StorySuiteFixture suite) : StoryApiTestBase(suite)
{
    [Fact]
    public async Task A_reply_arrives_in_the_owners_conversation_once_however_often_the_client_retries()
    {
        var ana = await Graph.NewUserAsync("sr");
        var bob = await Graph.NewUserAsync("sr");
        await Graph.FollowAsync(ana, bob);
        var story = await Api.PostAsync(ana, "everyone");
        const string body = """{"text":"Where is this?","clientMessageId":"reply-1"}""";

        var sent = await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{story}/replies", bob, body, HttpStatusCode.Created);
        var again = await Api.JsonAsync(HttpMethod.Post, $"/api/v1/stories/{story}/replies", bob, body, HttpStatusCode.OK);

        Assert.Equal(sent.GetProperty("messageId").GetString(), again.GetProperty("messageId").GetString());
        Assert.Equal((story, bob.Id, "Where is this?"), (sent.GetProperty("storyId").GetString(), sent.GetProperty("senderId").GetString(), sent.GetProperty("text").GetString()));
        var conversation = sent.GetProperty("conversationId").GetString()!;
        Assert.Equal([conversation], await Messaging.ListAsync(ana));
        var messages = (await Messaging.JsonAsync(HttpMethod.Get, $"/api/v1/conversations/{conversation}/messages", ana)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(story, Assert.Single(messages).GetProperty("storyId").GetString());
        Assert.Equal(1, await OutboxCountAsync("StoryReplied", story));
    }

    [Fact]
    public async Task A_strangers_reply_lands_in_the_owners_requests_when_their_settings_say_so()
    {
        var ana = await Graph.NewUserAsync("sq");
        var stranger = await Graph.NewUserAsync("sq");
        await Messaging.SetSettingsAsync(ana, """{"whoCanMessage":"followers"}""", "who_can_message = 'followers'");
        var story = await Api.PostAsync(ana, "everyone");

        var sent = await Api.JsonAsync(
            HttpMethod.Post, $"/api/v1/stories/{story}/replies", stranger, """{"text":"hello","clientMessageId":"s-1"}""", HttpStatusCode.Created);

        Assert.Empty(await Messaging.ListAsync(ana));
        Assert.Equal([sent.GetProperty("conversationId").GetString()!], await Messaging.ListAsync(ana, "requests"));
    }

    private Task<long> OutboxCountAsync(string type, string aggregate) =>
        SqliteProbe.CountAsync(
            Api.Database, "SELECT COUNT(*) FROM outbox WHERE message_type = $type AND aggregate_id = $id", ("$type", "Social.Contracts.Events." + type), ("$id", aggregate));
}

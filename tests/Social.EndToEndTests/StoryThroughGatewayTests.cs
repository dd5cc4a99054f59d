using System.Net;

namespace Social.EndToEndTests;

/// <summary>
/// Stories through the gateway with the whole suite: post, the follower's tray and seen mark, the owner's viewer list
/// with a private like, and a reply that arrives in the owner's conversation, referencing the story.
/// </summary>
public sealed class StoryThroughGatewayTests(SuiteFixture suite)
{
    private readonly GatewayClient _client = new(suite);

    [Fact]
    public async Task A_follower_sees_a_story_in_the_tray_likes_it_and_replies_and_the_reply_reaches_the_owners_conversation()
    {
        var ana = await _client.SignedInUserAsync("e2e_st_ana", signInAtProfile: true);
        var bob = await _client.SignedInUserAsync("e2e_st_bob", signInAtProfile: true);
        await _client.JsonAsync(bob, HttpMethod.Put, $"/api/v1/me/following/{ana.Id}");

        var story = (await _client.JsonAsync(ana, HttpMethod.Post, "/api/v1/stories", """{"mediaUrl":"https://cdn.example.com/s.jpg","caption":"Sunset"}""", HttpStatusCode.Created))
            .GetProperty("storyId").GetString()!;
        Assert.Equal([ana.Id], (await _client.JsonAsync(bob, HttpMethod.Get, "/api/v1/stories:tray")).GetProperty("items").EnumerateArray()
            .Select(item => item.GetProperty("user").GetProperty("userId").GetString()));
        Assert.Equal([story], await _client.ListAsync(bob, $"/api/v1/users/{ana.Id}/stories", "storyId"));

        await _client.JsonAsync(bob, HttpMethod.Post, $"/api/v1/stories/{story}:seen");
        await _client.JsonAsync(bob, HttpMethod.Put, $"/api/v1/stories/{story}/like");
        var viewer = Assert.Single((await _client.JsonAsync(ana, HttpMethod.Get, $"/api/v1/stories/{story}/viewers")).GetProperty("items").EnumerateArray());
        Assert.Equal((bob.Id, true), (viewer.GetProperty("user").GetProperty("userId").GetString(), viewer.GetProperty("liked").GetBoolean()));
        using (var notOwner = await _client.SendAsync(bob, HttpMethod.Get, $"/api/v1/stories/{story}/viewers"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notOwner.StatusCode);
        }

        var reply = await _client.JsonAsync(
            bob, HttpMethod.Post, $"/api/v1/stories/{story}/replies", """{"text":"Where is this?","clientMessageId":"e2e-story-1"}""", HttpStatusCode.Created);
        var conversation = reply.GetProperty("conversationId").GetString()!;
        var received = (await _client.JsonAsync(ana, HttpMethod.Get, $"/api/v1/conversations/{conversation}/messages")).GetProperty("items")[0];
        Assert.Equal((story, bob.Id, "Where is this?"), (
            received.GetProperty("storyId").GetString(), received.GetProperty("senderId").GetString(), received.GetProperty("text").GetString()));
    }
}

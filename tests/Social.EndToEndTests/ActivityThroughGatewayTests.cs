using System.Net;

namespace Social.EndToEndTests;

/// <summary>
/// The activity inbox through the gateway with the whole suite: Ana likes Bob's video, Bob's badge rises on his open
/// stream and the like is in his inbox; Ana unlikes it, and the badge falls back on the same stream.
/// </summary>
public sealed class ActivityThroughGatewayTests(SuiteFixture suite)
{
    private readonly GatewayClient _client = new(suite);

    [Fact]
    public async Task A_like_raises_the_owners_badge_on_their_stream_and_an_unlike_lowers_it()
    {
        var ana = await _client.SignedInUserAsync("e2e_ai_ana", signInAtProfile: true);
        var bob = await _client.SignedInUserAsync("e2e_ai_bob", signInAtProfile: true);
        var posted = await _client.JsonAsync(bob, HttpMethod.Post, "/api/v1/content", """{"mediaUrl":"https://cdn.example.com/e2e.mp4"}""", HttpStatusCode.Created);
        var item = posted.GetProperty("contentId").GetString();
        await using var stream = await _client.OpenStreamAsync(bob);

        await _client.JsonAsync(ana, HttpMethod.Put, $"/api/v1/content/{item}/like");
        var raised = await stream.UntilAsync(e => e.Type == "badges", GatewayClient.Patience);
        Assert.Equal(1, raised[^1].Data.GetProperty("unseenActivity").GetInt64());
        var added = Assert.Single(raised, e => e.Type == "activity");
        Assert.Equal("added", added.Text("change"));

        var inbox = (await _client.JsonAsync(bob, HttpMethod.Get, "/api/v1/inbox/activity")).GetProperty("items");
        var like = Assert.Single(inbox.EnumerateArray());
        Assert.Equal(("like", item, added.Text("activityId")), (like.GetProperty("type").GetString(), like.GetProperty("contentId").GetString(), like.GetProperty("activityId").GetString()));
        Assert.Equal(ana.Id, like.GetProperty("actors")[0].GetProperty("userId").GetString());
        Assert.Equal("1", (await _client.JsonAsync(bob, HttpMethod.Get, "/api/v1/me/badges")).GetProperty("unseenActivity").ToString());

        await _client.JsonAsync(ana, HttpMethod.Delete, $"/api/v1/content/{item}/like");
        var lowered = await stream.UntilAsync(e => e.Type == "badges", GatewayClient.Patience);
        Assert.Equal(0, lowered[^1].Data.GetProperty("unseenActivity").GetInt64());
        Assert.Contains(lowered, e => e.Type == "activity" && e.Text("change") == "removed");
        Assert.Empty((await _client.JsonAsync(bob, HttpMethod.Get, "/api/v1/inbox/activity")).GetProperty("items").EnumerateArray());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>
/// Content and likes through the gateway with the whole suite: post, like, list likers, see the owner's profile count
/// follow, block and watch the blocked user's like go, delete.
/// </summary>
public sealed class EngagementThroughGatewayTests(SuiteFixture suite)
{
    private readonly GatewayClient _client = new(suite);

    [Fact]
    public async Task Post_like_block_and_delete_change_the_counts_everywhere()
    {
        var ana = await _client.SignedInUserAsync("e2e_poster");
        var bob = await _client.SignedInUserAsync("e2e_liker");
        var cy = await _client.SignedInUserAsync("e2e_fan");

        var posted = await _client.JsonAsync(
            ana, HttpMethod.Post, "/api/v1/content", """{"mediaUrl":"https://cdn.example.com/e2e.mp4","caption":"hello"}""", HttpStatusCode.Created);
        var id = posted.GetProperty("contentId").GetString();

        var liked = await _client.JsonAsync(bob, HttpMethod.Put, $"/api/v1/content/{id}/like");
        await _client.JsonAsync(cy, HttpMethod.Put, $"/api/v1/content/{id}/like");
        Assert.True(liked.GetProperty("liked").GetBoolean());
        Assert.Equal([cy.Id, bob.Id], await _client.ListAsync(ana, $"/api/v1/content/{id}/likes"));
        Assert.Equal([id], (await _client.JsonAsync(bob, HttpMethod.Get, $"/api/v1/users/{ana.Id}/content")).GetProperty("items")
            .EnumerateArray().Select(i => i.GetProperty("contentId").GetString()));
        await Eventually.ReturnsAsync(() => _client.ProfileFieldAsync(cy, ana, "likesCount"), count => count == "2", GatewayClient.Patience, "Ana's likes count");

        // Ana blocks Bob: his like leaves her content, and the content no longer exists for him.
        using (var blocked = await _client.SendAsync(ana, HttpMethod.Put, $"/api/v1/me/blocks/{bob.Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);
        }

        await Eventually.ReturnsAsync(
            async () => (await _client.JsonAsync(ana, HttpMethod.Get, $"/api/v1/content/{id}")).GetProperty("likesCount").GetInt64(),
            count => count == 1, GatewayClient.Patience, "the block to take Bob's like");
        using (var hidden = await _client.SendAsync(bob, HttpMethod.Get, $"/api/v1/content/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal("not_found", (await hidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        await Eventually.ReturnsAsync(() => _client.ProfileFieldAsync(cy, ana, "likesCount"), count => count == "1", GatewayClient.Patience, "the block in Ana's likes count");

        using (var refused = await _client.SendAsync(cy, HttpMethod.Delete, $"/api/v1/content/{id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var deleted = await _client.SendAsync(ana, HttpMethod.Delete, $"/api/v1/content/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        }

        using (var gone = await _client.SendAsync(cy, HttpMethod.Get, $"/api/v1/content/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        await Eventually.ReturnsAsync(() => _client.ProfileFieldAsync(cy, ana, "likesCount"), count => count == "0", GatewayClient.Patience, "the deletion in Ana's likes count");
    }

    [Fact]
    public async Task Comment_reply_mention_pin_and_delete_through_the_gateway()
    {
        var ana = await _client.SignedInUserAsync("e2e_owner");
        var bob = await _client.SignedInUserAsync("e2e_commenter");
        var id = (await _client.JsonAsync(
            ana, HttpMethod.Post, "/api/v1/content", """{"mediaUrl":"https://cdn.example.com/talk.mp4"}""", HttpStatusCode.Created)).GetProperty("contentId").GetString();

        var comment = await _client.JsonAsync(bob, HttpMethod.Post, $"/api/v1/content/{id}/comments", $$"""{"text":"love it @{{ana.Handle}}"}""", HttpStatusCode.Created);
        var commentId = comment.GetProperty("commentId").GetString();
        Assert.Equal(ana.Id, comment.GetProperty("mentions")[0].GetProperty("userId").GetString());
        Assert.Equal(bob.Handle, comment.GetProperty("author").GetProperty("handle").GetString());
        var reply = await _client.JsonAsync(ana, HttpMethod.Post, $"/api/v1/content/{id}/comments", $$"""{"text":"thank you","replyTo":"{{commentId}}"}""", HttpStatusCode.Created);
        await _client.JsonAsync(ana, HttpMethod.Put, $"/api/v1/content/{id}/pinned-comment/{commentId}");

        var top = (await _client.JsonAsync(bob, HttpMethod.Get, $"/api/v1/content/{id}/comments")).GetProperty("items");
        Assert.Equal((commentId, true, 1L), (top[0].GetProperty("commentId").GetString(), top[0].GetProperty("pinned").GetBoolean(), top[0].GetProperty("replyCount").GetInt64()));
        Assert.Equal([reply.GetProperty("commentId").GetString()], (await _client.JsonAsync(bob, HttpMethod.Get, $"/api/v1/comments/{commentId}/replies"))
            .GetProperty("items").EnumerateArray().Select(r => r.GetProperty("commentId").GetString()));

        // The owner deletes the comment: it stays as deleted, holding its reply.
        await _client.JsonAsync(ana, HttpMethod.Delete, $"/api/v1/comments/{commentId}");
        var kept = (await _client.JsonAsync(bob, HttpMethod.Get, $"/api/v1/content/{id}/comments")).GetProperty("items")[0];
        Assert.True(kept.GetProperty("deleted").GetBoolean());
        Assert.False(kept.TryGetProperty("text", out _));
        Assert.Equal(1, (await _client.JsonAsync(bob, HttpMethod.Get, $"/api/v1/content/{id}")).GetProperty("commentsCount").GetInt64());
    }

    [Fact]
    public async Task Tag_find_the_tagged_item_and_remove_ones_own_tag_through_the_gateway()
    {
        var ana = await _client.SignedInUserAsync("e2e_tagger");
        var bob = await _client.SignedInUserAsync("e2e_tagged");

        var posted = await _client.JsonAsync(
            ana, HttpMethod.Post, "/api/v1/content", $$"""{"mediaUrl":"https://cdn.example.com/tag.mp4","caption":"with @{{bob.Handle}}","tags":["{{bob.Id}}"]}""",
            HttpStatusCode.Created);
        var id = posted.GetProperty("contentId").GetString()!;

        Assert.Equal(bob.Handle, posted.GetProperty("tags")[0].GetProperty("handle").GetString());
        Assert.Equal(bob.Id, posted.GetProperty("mentions")[0].GetProperty("userId").GetString());
        Assert.Equal([id], await _client.ListAsync(bob, $"/api/v1/users/{bob.Id}/tagged", "contentId"));

        Assert.False((await _client.JsonAsync(bob, HttpMethod.Delete, $"/api/v1/content/{id}/tags/{bob.Id}")).GetProperty("tagged").GetBoolean());
        Assert.Empty(await _client.ListAsync(ana, $"/api/v1/users/{bob.Id}/tagged", "contentId"));
    }
}

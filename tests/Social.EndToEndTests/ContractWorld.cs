using System.Net;
using Social.Testing;

namespace Social.EndToEndTests;

/// <summary>
/// The users and content the contract test's calls act on: shared users for calls that change nothing another call
/// relies on, and fresh ones (or fresh content) only where a call would (a deletion, a password change, an answered
/// request). Sign-ins are few on purpose: the gateway limits them per client address, and every test signs in from
/// the same one.
/// </summary>
public sealed class ContractWorld(GatewayClient client)
{
    private GatewayUser? _ana;
    private GatewayUser? _bob;
    private GatewayUser? _cy;
    private GatewayUser? _dan;
    private string? _content;
    private string? _direct;
    private GatewayUser? _quiet;
    private string? _story;

    /// <summary>The caller of most calls.</summary>
    public async Task<GatewayUser> AnaAsync() => _ana ??= await client.SignedInUserAsync("ct_ana");

    /// <summary>Another public user, whom Ana follows, lists and tags.</summary>
    public async Task<GatewayUser> BobAsync() => _bob ??= await client.SignedInUserAsync("ct_bob");

    /// <summary>The target of the undoing calls (unfollow, unmute, …), which succeed whether or not there was anything to undo.</summary>
    public async Task<GatewayUser> CyAsync() => _cy ??= await client.SignedInUserAsync("ct_cy");

    /// <summary>The user Ana blocks and unblocks, whom no other call uses.</summary>
    public async Task<GatewayUser> DanAsync() => _dan ??= await client.SignedInUserAsync("ct_dan");

    public Task<GatewayUser> FreshUserAsync() => client.SignedInUserAsync("ct_user");

    /// <summary>An item Ana posted, shared by the calls that read, like, comment on or tag it.</summary>
    public async Task<string> ContentAsync() => _content ??= await NewContentAsync();

    public async Task<string> NewContentAsync() =>
        (await client.JsonAsync(await AnaAsync(), HttpMethod.Post, "/api/v1/content", """{"mediaUrl":"https://cdn.example.com/c.mp4"}""", HttpStatusCode.Created))
            .GetProperty("contentId").GetString()!;

    /// <summary>A new top-level comment by Ana on her shared item.</summary>
    public async Task<string> NewCommentAsync() =>
        (await client.JsonAsync(await AnaAsync(), HttpMethod.Post, $"/api/v1/content/{await ContentAsync()}/comments", """{"text":"first"}""", HttpStatusCode.Created))
            .GetProperty("commentId").GetString()!;

    /// <summary>A story of Bob's for everyone, shared by the calls that read, see, like and reply to it.</summary>
    public async Task<string> StoryAsync() => _story ??= await NewStoryAsync();

    public async Task<string> NewStoryAsync() =>
        (await client.JsonAsync(
            await BobAsync(), HttpMethod.Post, "/api/v1/stories", """{"mediaUrl":"https://cdn.example.com/s.jpg","audience":"everyone"}""", HttpStatusCode.Created))
            .GetProperty("storyId").GetString()!;

    /// <summary>A new highlight of Bob's, keeping his shared story.</summary>
    public async Task<string> NewHighlightAsync() =>
        (await client.JsonAsync(
            await BobAsync(), HttpMethod.Post, "/api/v1/me/highlights", $$"""{"title":"Trips","storyIds":["{{await StoryAsync()}}"]}""", HttpStatusCode.Created))
            .GetProperty("highlightId").GetString()!;

    /// <summary>Ana and Bob's direct conversation, shared by the calls that read, mute or post in it.</summary>
    public async Task<string> DirectAsync() => _direct ??= await NewConversationAsync(await BobAsync());

    /// <summary>A new group of Ana's (its admin) with the given members.</summary>
    public Task<string> NewGroupAsync(params GatewayUser[] members) => NewConversationAsync(members);

    /// <summary>A new group of Ana's with Bob, which <paramref name="former"/> was in and left by Ana's hand.</summary>
    public async Task<string> GroupWithoutAsync(GatewayUser former)
    {
        var id = await NewGroupAsync(await BobAsync(), former);
        (await client.SendAsync(await AnaAsync(), HttpMethod.Delete, $"/api/v1/conversations/{id}/members/{former.Id}")).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>A new message by Ana in her direct conversation with Bob.</summary>
    public async Task<(string MessageId, long Seq)> NewMessageAsync()
    {
        var sent = await client.JsonAsync(
            await AnaAsync(), HttpMethod.Post, $"/api/v1/conversations/{await DirectAsync()}/messages",
            $$"""{"clientMessageId":"ct-{{Guid.NewGuid():N}}","text":"hello"}""", HttpStatusCode.Created);
        return (sent.GetProperty("messageId").GetString()!, sent.GetProperty("seq").GetInt64());
    }

    /// <summary>
    /// A direct conversation the sender started with a user who takes messages only from followers, waiting in that
    /// user's requests. Each sender gives one request; the user is shared.
    /// </summary>
    public async Task<(GatewayUser Host, string ConversationId)> RequestFromAsync(GatewayUser sender)
    {
        var host = _quiet ??= await QuietUserAsync();
        var id = (await client.JsonAsync(sender, HttpMethod.Post, "/api/v1/conversations", $$"""{"memberIds":["{{host.Id}}"]}""", HttpStatusCode.Created))
            .GetProperty("conversationId").GetString()!;
        return (host, id);
    }

    private async Task<GatewayUser> QuietUserAsync()
    {
        var quiet = await FreshUserAsync();
        (await client.SendAsync(quiet, HttpMethod.Patch, "/api/v1/me", """{"settings":{"whoCanMessage":"followers"}}""")).EnsureSuccessStatusCode();
        // The setting reaches Messaging as Profile's event: until it has, a probe group lands in the user's inbox.
        var bob = await BobAsync();
        await Eventually.ReturnsAsync(
            async () =>
            {
                var probe = await client.JsonAsync(
                    await DanAsync(), HttpMethod.Post, "/api/v1/conversations", $$"""{"memberIds":["{{quiet.Id}}","{{bob.Id}}"]}""", HttpStatusCode.Created);
                return (await client.JsonAsync(quiet, HttpMethod.Get, $"/api/v1/conversations/{probe.GetProperty("conversationId").GetString()}"))
                    .GetProperty("folder").GetString();
            },
            folder => folder == "requests",
            GatewayClient.Patience,
            "Messaging to apply the user's whoCanMessage");
        return quiet;
    }

    private async Task<string> NewConversationAsync(params GatewayUser[] members) =>
        (await client.JsonAsync(
            await AnaAsync(), HttpMethod.Post, "/api/v1/conversations",
            $$"""{"memberIds":[{{string.Join(",", members.Select(m => $"\"{m.Id}\""))}}]}""", HttpStatusCode.Created))
        .GetProperty("conversationId").GetString()!;

    /// <summary>A private user with a follow request from a fresh requester waiting for them.</summary>
    public async Task<(GatewayUser Host, GatewayUser Requester)> PendingRequestAsync()
    {
        var host = await FreshUserAsync();
        var requester = await FreshUserAsync();
        (await client.SendAsync(host, HttpMethod.Patch, "/api/v1/me", """{"isPrivate":true}""")).EnsureSuccessStatusCode();
        // Settings reach Graph as an event: once a follow becomes a request, Graph applied the private account. A follow
        // it took before is undone, so that the next attempt can become the request.
        await Eventually.ReturnsAsync(
            async () =>
            {
                var state = (await client.JsonAsync(requester, HttpMethod.Put, $"/api/v1/me/following/{host.Id}")).GetProperty("state").GetString();
                if (state != "requested")
                {
                    (await client.SendAsync(requester, HttpMethod.Delete, $"/api/v1/me/following/{host.Id}")).Dispose();
                }

                return state;
            },
            state => state == "requested",
            GatewayClient.Patience,
            "Graph to see the host private");
        return (host, requester);
    }
}

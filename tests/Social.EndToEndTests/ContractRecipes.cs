namespace Social.EndToEndTests;

/// <summary>
/// A valid call for every operation of the public API, keyed as the merged OpenAPI document names it
/// (<c>METHOD path</c>). An operation the document gains without a recipe here fails the contract test: each new
/// path comes with the call that proves it answers as documented.
/// </summary>
public static class ContractRecipes
{
    private const string Media = """{"mediaUrl":"https://cdn.example.com/v.mp4"}""";

    public static IReadOnlyDictionary<string, Func<ContractWorld, Task<ContractCall>>> Valid { get; } =
        new Dictionary<string, Func<ContractWorld, Task<ContractCall>>>
        {
            // Profile.
            ["POST /api/v1/accounts"] = _ => Task.FromResult(new ContractCall(
                HttpMethod.Post, "/api/v1/accounts", null,
                $$"""{"handle":"ct_{{Guid.NewGuid().ToString("N")[..12]}}","password":"{{GatewayClient.Password}}","displayName":"New"}""")),
            ["GET /api/v1/me"] = async w => new(HttpMethod.Get, "/api/v1/me", (await w.AnaAsync()).Token),
            ["PATCH /api/v1/me"] = async w => new(HttpMethod.Patch, "/api/v1/me", (await w.AnaAsync()).Token, """{"bio":"Contract"}"""),
            ["DELETE /api/v1/me"] = async w => new(HttpMethod.Delete, "/api/v1/me", (await w.FreshUserAsync()).Token),
            ["POST /api/v1/me/password"] = async w => new(
                HttpMethod.Post, "/api/v1/me/password", (await w.FreshUserAsync()).Token,
                $$"""{"currentPassword":"{{GatewayClient.Password}}","newPassword":"another-long-secret"}"""),
            ["GET /api/v1/profiles"] = async w => new(HttpMethod.Get, $"/api/v1/profiles?ids={(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),
            ["GET /api/v1/profiles:search"] = async w => new(HttpMethod.Get, "/api/v1/profiles:search?q=ct_", (await w.AnaAsync()).Token),
            ["GET /api/v1/profiles/{handle}"] = async w => new(HttpMethod.Get, $"/api/v1/profiles/{(await w.BobAsync()).Handle}", (await w.AnaAsync()).Token),

            // Graph.
            ["PUT /api/v1/me/following/{userId}"] = async w => new(HttpMethod.Put, $"/api/v1/me/following/{(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/me/following/{userId}"] = async w => new(HttpMethod.Delete, $"/api/v1/me/following/{(await w.CyAsync()).Id}", (await w.AnaAsync()).Token),
            ["GET /api/v1/users/{userId}/followers"] = async w => new(HttpMethod.Get, $"/api/v1/users/{(await w.BobAsync()).Id}/followers", (await w.AnaAsync()).Token),
            ["GET /api/v1/users/{userId}/following"] = async w => new(HttpMethod.Get, $"/api/v1/users/{(await w.AnaAsync()).Id}/following", (await w.BobAsync()).Token),
            ["GET /api/v1/me/follow-requests"] = async w => new(HttpMethod.Get, "/api/v1/me/follow-requests", (await w.AnaAsync()).Token),
            ["POST /api/v1/me/follow-requests/{userId}:accept"] = async w =>
            {
                var (host, requester) = await w.PendingRequestAsync();
                return new(HttpMethod.Post, $"/api/v1/me/follow-requests/{requester.Id}:accept", host.Token);
            },
            ["POST /api/v1/me/follow-requests/{userId}:decline"] = async w =>
            {
                var (host, requester) = await w.PendingRequestAsync();
                return new(HttpMethod.Post, $"/api/v1/me/follow-requests/{requester.Id}:decline", host.Token);
            },
            ["DELETE /api/v1/me/followers/{userId}"] = async w => new(HttpMethod.Delete, $"/api/v1/me/followers/{(await w.CyAsync()).Id}", (await w.AnaAsync()).Token),
            ["PUT /api/v1/me/blocks/{userId}"] = async w => new(HttpMethod.Put, $"/api/v1/me/blocks/{(await w.DanAsync()).Id}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/me/blocks/{userId}"] = async w => new(HttpMethod.Delete, $"/api/v1/me/blocks/{(await w.DanAsync()).Id}", (await w.AnaAsync()).Token),
            ["GET /api/v1/me/blocks"] = async w => new(HttpMethod.Get, "/api/v1/me/blocks", (await w.AnaAsync()).Token),
            // The body of a mute is optional: the valid call sends none.
            ["PUT /api/v1/me/mutes/{userId}"] = async w => new(HttpMethod.Put, $"/api/v1/me/mutes/{(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/me/mutes/{userId}"] = async w => new(HttpMethod.Delete, $"/api/v1/me/mutes/{(await w.CyAsync()).Id}", (await w.AnaAsync()).Token),
            ["GET /api/v1/me/mutes"] = async w => new(HttpMethod.Get, "/api/v1/me/mutes", (await w.AnaAsync()).Token),
            ["PUT /api/v1/me/close-friends/{userId}"] = async w => new(HttpMethod.Put, $"/api/v1/me/close-friends/{(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/me/close-friends/{userId}"] = async w => new(HttpMethod.Delete, $"/api/v1/me/close-friends/{(await w.CyAsync()).Id}", (await w.AnaAsync()).Token),
            ["GET /api/v1/me/close-friends"] = async w => new(HttpMethod.Get, "/api/v1/me/close-friends", (await w.AnaAsync()).Token),
            ["GET /api/v1/me/relationships"] = async w => new(HttpMethod.Get, $"/api/v1/me/relationships?ids={(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),

            // Engagement.
            ["POST /api/v1/content"] = async w => new(HttpMethod.Post, "/api/v1/content", (await w.AnaAsync()).Token, Media),
            ["GET /api/v1/content/{contentId}"] = async w => new(HttpMethod.Get, $"/api/v1/content/{await w.ContentAsync()}", (await w.BobAsync()).Token),
            ["DELETE /api/v1/content/{contentId}"] = async w => new(HttpMethod.Delete, $"/api/v1/content/{await w.NewContentAsync()}", (await w.AnaAsync()).Token),
            ["GET /api/v1/users/{userId}/content"] = async w => new(HttpMethod.Get, $"/api/v1/users/{(await w.AnaAsync()).Id}/content", (await w.BobAsync()).Token),
            ["PUT /api/v1/content/{contentId}/like"] = async w => new(HttpMethod.Put, $"/api/v1/content/{await w.ContentAsync()}/like", (await w.BobAsync()).Token),
            ["DELETE /api/v1/content/{contentId}/like"] = async w => new(HttpMethod.Delete, $"/api/v1/content/{await w.ContentAsync()}/like", (await w.CyAsync()).Token),
            ["GET /api/v1/content/{contentId}/likes"] = async w => new(HttpMethod.Get, $"/api/v1/content/{await w.ContentAsync()}/likes", (await w.AnaAsync()).Token),
            ["POST /api/v1/content/{contentId}/comments"] = async w => new(HttpMethod.Post, $"/api/v1/content/{await w.ContentAsync()}/comments", (await w.BobAsync()).Token, """{"text":"Nice"}"""),
            ["GET /api/v1/content/{contentId}/comments"] = async w => new(HttpMethod.Get, $"/api/v1/content/{await w.ContentAsync()}/comments", (await w.BobAsync()).Token),
            ["GET /api/v1/comments/{commentId}/replies"] = async w => new(HttpMethod.Get, $"/api/v1/comments/{await w.NewCommentAsync()}/replies", (await w.BobAsync()).Token),
            ["PATCH /api/v1/comments/{commentId}"] = async w => new(HttpMethod.Patch, $"/api/v1/comments/{await w.NewCommentAsync()}", (await w.AnaAsync()).Token, """{"text":"Edited"}"""),
            ["DELETE /api/v1/comments/{commentId}"] = async w => new(HttpMethod.Delete, $"/api/v1/comments/{await w.NewCommentAsync()}", (await w.AnaAsync()).Token),
            ["GET /api/v1/comments/{commentId}/edits"] = async w => new(HttpMethod.Get, $"/api/v1/comments/{await w.NewCommentAsync()}/edits", (await w.AnaAsync()).Token),
            ["PUT /api/v1/comments/{commentId}/like"] = async w => new(HttpMethod.Put, $"/api/v1/comments/{await w.NewCommentAsync()}/like", (await w.BobAsync()).Token),
            ["DELETE /api/v1/comments/{commentId}/like"] = async w => new(HttpMethod.Delete, $"/api/v1/comments/{await w.NewCommentAsync()}/like", (await w.BobAsync()).Token),
            ["PUT /api/v1/content/{contentId}/pinned-comment/{commentId}"] = async w =>
                new(HttpMethod.Put, $"/api/v1/content/{await w.ContentAsync()}/pinned-comment/{await w.NewCommentAsync()}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/content/{contentId}/pinned-comment/{commentId}"] = async w =>
                new(HttpMethod.Delete, $"/api/v1/content/{await w.ContentAsync()}/pinned-comment/{await w.NewCommentAsync()}", (await w.AnaAsync()).Token),
            ["PUT /api/v1/content/{contentId}/tags/{userId}"] = async w =>
                new(HttpMethod.Put, $"/api/v1/content/{await w.ContentAsync()}/tags/{(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/content/{contentId}/tags/{userId}"] = async w =>
                new(HttpMethod.Delete, $"/api/v1/content/{await w.ContentAsync()}/tags/{(await w.CyAsync()).Id}", (await w.AnaAsync()).Token),
            ["GET /api/v1/users/{userId}/tagged"] = async w => new(HttpMethod.Get, $"/api/v1/users/{(await w.BobAsync()).Id}/tagged", (await w.AnaAsync()).Token),

            // Story.
            ["POST /api/v1/stories"] = async w => new(HttpMethod.Post, "/api/v1/stories", (await w.AnaAsync()).Token, """{"mediaUrl":"https://cdn.example.com/s.jpg"}"""),
            ["GET /api/v1/stories/{storyId}"] = async w => new(HttpMethod.Get, $"/api/v1/stories/{await w.StoryAsync()}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/stories/{storyId}"] = async w => new(HttpMethod.Delete, $"/api/v1/stories/{await w.NewStoryAsync()}", (await w.BobAsync()).Token),
            ["GET /api/v1/stories:tray"] = async w => new(HttpMethod.Get, "/api/v1/stories:tray", (await w.AnaAsync()).Token),
            ["GET /api/v1/users/{userId}/stories"] = async w => new(HttpMethod.Get, $"/api/v1/users/{(await w.BobAsync()).Id}/stories", (await w.AnaAsync()).Token),
            ["POST /api/v1/stories/{storyId}:seen"] = async w => new(HttpMethod.Post, $"/api/v1/stories/{await w.StoryAsync()}:seen", (await w.AnaAsync()).Token),
            ["GET /api/v1/stories/{storyId}/viewers"] = async w => new(HttpMethod.Get, $"/api/v1/stories/{await w.StoryAsync()}/viewers", (await w.BobAsync()).Token),
            ["PUT /api/v1/stories/{storyId}/like"] = async w => new(HttpMethod.Put, $"/api/v1/stories/{await w.StoryAsync()}/like", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/stories/{storyId}/like"] = async w => new(HttpMethod.Delete, $"/api/v1/stories/{await w.StoryAsync()}/like", (await w.CyAsync()).Token),
            // Cy replies, not Ana: a reply opens the 1:1 conversation, and Ana and Bob's is created by a Messaging recipe.
            ["POST /api/v1/stories/{storyId}/replies"] = async w => new(
                HttpMethod.Post, $"/api/v1/stories/{await w.StoryAsync()}/replies", (await w.CyAsync()).Token, $$"""{"text":"Nice","clientMessageId":"ct-{{Guid.NewGuid():N}}"}"""),
            ["GET /api/v1/me/stories:archive"] = async w => new(HttpMethod.Get, "/api/v1/me/stories:archive", (await w.BobAsync()).Token),
            ["POST /api/v1/me/highlights"] = async w => new(
                HttpMethod.Post, "/api/v1/me/highlights", (await w.BobAsync()).Token, $$"""{"title":"Best","storyIds":["{{await w.StoryAsync()}}"]}"""),
            ["GET /api/v1/me/highlights"] = async w => new(HttpMethod.Get, "/api/v1/me/highlights", (await w.BobAsync()).Token),
            ["GET /api/v1/users/{userId}/highlights"] = async w => new(HttpMethod.Get, $"/api/v1/users/{(await w.BobAsync()).Id}/highlights", (await w.AnaAsync()).Token),
            ["PATCH /api/v1/me/highlights/{highlightId}"] = async w =>
                new(HttpMethod.Patch, $"/api/v1/me/highlights/{await w.NewHighlightAsync()}", (await w.BobAsync()).Token, """{"title":"Renamed"}"""),
            ["DELETE /api/v1/me/highlights/{highlightId}"] = async w =>
                new(HttpMethod.Delete, $"/api/v1/me/highlights/{await w.NewHighlightAsync()}", (await w.BobAsync()).Token),

            // Messaging.
            ["POST /api/v1/conversations"] = async w => new(HttpMethod.Post, "/api/v1/conversations", (await w.AnaAsync()).Token, $$"""{"memberIds":["{{(await w.CyAsync()).Id}}"]}"""),
            ["GET /api/v1/conversations"] = async w => new(HttpMethod.Get, "/api/v1/conversations", (await w.AnaAsync()).Token),
            ["GET /api/v1/conversations/{conversationId}"] = async w => new(HttpMethod.Get, $"/api/v1/conversations/{await w.DirectAsync()}", (await w.AnaAsync()).Token),
            ["POST /api/v1/conversations/{conversationId}:accept"] = async w =>
            {
                var (host, id) = await w.RequestFromAsync(await w.AnaAsync());
                return new(HttpMethod.Post, $"/api/v1/conversations/{id}:accept", host.Token);
            },
            ["POST /api/v1/conversations/{conversationId}:decline"] = async w =>
            {
                var (host, id) = await w.RequestFromAsync(await w.BobAsync());
                return new(HttpMethod.Post, $"/api/v1/conversations/{id}:decline", host.Token);
            },
            ["POST /api/v1/conversations/{conversationId}:leave"] = async w =>
                new(HttpMethod.Post, $"/api/v1/conversations/{await w.NewGroupAsync(await w.BobAsync(), await w.CyAsync())}:leave", (await w.BobAsync()).Token),
            ["PUT /api/v1/conversations/{conversationId}/members/{userId}"] = async w =>
                new(HttpMethod.Put, $"/api/v1/conversations/{await w.GroupWithoutAsync(await w.CyAsync())}/members/{(await w.CyAsync()).Id}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/conversations/{conversationId}/members/{userId}"] = async w =>
                new(HttpMethod.Delete, $"/api/v1/conversations/{await w.NewGroupAsync(await w.BobAsync(), await w.CyAsync())}/members/{(await w.CyAsync()).Id}", (await w.AnaAsync()).Token),
            ["PUT /api/v1/conversations/{conversationId}/admins/{userId}"] = async w =>
                new(HttpMethod.Put, $"/api/v1/conversations/{await w.NewGroupAsync(await w.BobAsync(), await w.CyAsync())}/admins/{(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/conversations/{conversationId}/admins/{userId}"] = async w =>
                new(HttpMethod.Delete, $"/api/v1/conversations/{await w.NewGroupAsync(await w.BobAsync(), await w.CyAsync())}/admins/{(await w.BobAsync()).Id}", (await w.AnaAsync()).Token),
            ["PUT /api/v1/conversations/{conversationId}/mute"] = async w => new(HttpMethod.Put, $"/api/v1/conversations/{await w.DirectAsync()}/mute", (await w.AnaAsync()).Token),
            ["DELETE /api/v1/conversations/{conversationId}/mute"] = async w => new(HttpMethod.Delete, $"/api/v1/conversations/{await w.DirectAsync()}/mute", (await w.AnaAsync()).Token),
            ["POST /api/v1/conversations/{conversationId}/messages"] = async w =>
                new(HttpMethod.Post, $"/api/v1/conversations/{await w.DirectAsync()}/messages", (await w.AnaAsync()).Token, $$"""{"clientMessageId":"ct-{{Guid.NewGuid():N}}","text":"hi"}"""),
            ["GET /api/v1/conversations/{conversationId}/messages"] = async w => new(HttpMethod.Get, $"/api/v1/conversations/{await w.DirectAsync()}/messages", (await w.BobAsync()).Token),
            ["PATCH /api/v1/conversations/{conversationId}/messages/{messageId}"] = async w =>
                new(HttpMethod.Patch, $"/api/v1/conversations/{await w.DirectAsync()}/messages/{(await w.NewMessageAsync()).MessageId}", (await w.AnaAsync()).Token, """{"text":"edited"}"""),
            ["DELETE /api/v1/conversations/{conversationId}/messages/{messageId}"] = async w =>
                new(HttpMethod.Delete, $"/api/v1/conversations/{await w.DirectAsync()}/messages/{(await w.NewMessageAsync()).MessageId}", (await w.AnaAsync()).Token),
            ["GET /api/v1/conversations/{conversationId}/messages/{messageId}/edits"] = async w =>
                new(HttpMethod.Get, $"/api/v1/conversations/{await w.DirectAsync()}/messages/{(await w.NewMessageAsync()).MessageId}/edits", (await w.AnaAsync()).Token),
            ["PUT /api/v1/conversations/{conversationId}/messages/{messageId}/reactions/{emoji}"] = async w =>
                new(HttpMethod.Put, $"/api/v1/conversations/{await w.DirectAsync()}/messages/{(await w.NewMessageAsync()).MessageId}/reactions/%F0%9F%91%8D", (await w.BobAsync()).Token),
            ["DELETE /api/v1/conversations/{conversationId}/messages/{messageId}/reactions/{emoji}"] = async w =>
                new(HttpMethod.Delete, $"/api/v1/conversations/{await w.DirectAsync()}/messages/{(await w.NewMessageAsync()).MessageId}/reactions/%F0%9F%91%8D", (await w.BobAsync()).Token),
            ["POST /api/v1/conversations/{conversationId}:typing"] = async w => new(HttpMethod.Post, $"/api/v1/conversations/{await w.DirectAsync()}:typing", (await w.AnaAsync()).Token),
            ["POST /api/v1/stream/tickets"] = async w => new(HttpMethod.Post, "/api/v1/stream/tickets", (await w.AnaAsync()).Token),
            // An event stream: the contract test reads its status and headers, then closes it.
            ["GET /api/v1/stream"] = async w => new(HttpMethod.Get, "/api/v1/stream", (await w.BobAsync()).Token),
            ["POST /api/v1/conversations/{conversationId}:read"] = async w =>
                new(HttpMethod.Post, $"/api/v1/conversations/{await w.DirectAsync()}:read", (await w.BobAsync()).Token, $$"""{"upToSeq":{{(await w.NewMessageAsync()).Seq}}}"""),

            // Activity inbox and badges.
            ["GET /api/v1/inbox/activity"] = async w => new(HttpMethod.Get, "/api/v1/inbox/activity", (await w.BobAsync()).Token),
            // No body: everything is seen.
            ["POST /api/v1/inbox/activity:seen"] = async w => new(HttpMethod.Post, "/api/v1/inbox/activity:seen", (await w.BobAsync()).Token),
            ["GET /api/v1/me/badges"] = async w => new(HttpMethod.Get, "/api/v1/me/badges", (await w.BobAsync()).Token),
        };
}

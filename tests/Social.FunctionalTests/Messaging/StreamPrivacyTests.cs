using System.Net;
using Social.FunctionalTests.Infrastructure;
using Social.Testing;

namespace Social.FunctionalTests.Messaging;

/// <summary>Who receives nothing on their stream: a non-member, a group member who blocked the sender, a removed member.</summary>
public sealed class StreamPrivacyTests(MessagingSuiteFixture suite) : MessagingApiTestBase(suite)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_non_member_a_member_who_blocked_the_sender_and_a_removed_member_receive_none_of_the_groups_messages()
    {
        var ana = await Graph.NewUserAsync("sp");
        var bob = await Graph.NewUserAsync("sp");
        var cy = await Graph.NewUserAsync("sp");
        var dan = await Graph.NewUserAsync("sp");
        var eve = await Graph.NewUserAsync("sp");
        await using var bobs = await Api.OpenStreamAsync(bob);
        await using var cys = await Api.OpenStreamAsync(cy);
        await using var dans = await Api.OpenStreamAsync(dan);
        await using var eves = await Api.OpenStreamAsync(eve);

        var group = (await Api.JsonAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{bob.Id}}","{{cy.Id}}","{{dan.Id}}"]}""", HttpStatusCode.Created))
            .GetProperty("conversationId").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await Graph.SendAsync(HttpMethod.Put, $"/api/v1/me/blocks/{ana.Id}", dan)).StatusCode);
        await Eventually.ReturnsAsync(() => Api.CountAsync("blocks", "blocker_id = $id AND blocked = 1", dan.Id), n => n == 1, Wait, "Messaging to hear of the block");
        Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(HttpMethod.Delete, $"/api/v1/conversations/{group}/members/{cy.Id}", ana)).StatusCode);

        var secret = (await Api.MessageAsync(ana, group, "secret")).GetProperty("messageId").GetString();
        var toBob = await bobs.UntilAsync(e => e.Type == "message", Wait);
        Assert.Equal(secret, toBob[^1].Text("messageId"));

        // Then each of them gets an event of their own: everything before it is all their stream ever had.
        foreach (var (user, stream, expected) in new[]
        {
            (cy, cys, new[] { "conversation:created", "conversation:member_removed" }),
            (dan, dans, ["conversation:created", "conversation:member_removed"]),
            (eve, eves, Array.Empty<string>()),
        })
        {
            var own = await Api.StartAsync(user, bob);
            var received = await stream.UntilAsync(e => e.Text("conversationId") == own, Wait);
            Assert.Equal([.. expected, "conversation:created"], received.Select(e => $"{e.Type}:{e.Text("change")}"));
            Assert.Equal(Enumerable.Range(1, received.Count).Select(i => (long)i), received.Select(e => e.Position));
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Grpc.Core;
using Social.FunctionalTests.Infrastructure;
using Social.Contracts.Messaging.V1;
using Social.Testing;

namespace Social.FunctionalTests.Messaging;

/// <summary>
/// The live stream on real RabbitMQ and SQLite: replay after a reconnect exactly once then live, with no gap or
/// repeat at the seam; idempotent sends append once; typing is live only; the internal gRPC form carries the same.
/// </summary>
public sealed class LiveStreamTests(MessagingSuiteFixture suite) : MessagingApiTestBase(suite)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_reconnect_with_Last_Event_ID_gets_exactly_what_it_missed_once_then_live_events()
    {
        var ana = await Graph.NewUserAsync("sr");
        var bob = await Graph.NewUserAsync("sr");
        string direct;
        await using (var first = await Api.OpenStreamAsync(bob))
        {
            direct = await Api.StartAsync(ana, bob);
            await Api.MessageAsync(ana, direct, "one");
            var seen = await first.TakeAsync(2, Wait);
            Assert.Equal(["conversation", "message"], seen.Select(e => e.Type));
            Assert.Equal(["1", "2"], seen.Select(e => e.Id));
            Assert.Equal("created", seen[0].Text("change"));
            Assert.Equal("one", seen[1].Text("text"));
        }

        await Api.MessageAsync(ana, direct, "two");
        await Api.MessageAsync(ana, direct, "three");

        await using var again = await Api.OpenStreamAsync(bob, lastEventId: "2");
        var missed = await again.TakeAsync(2, Wait);
        Assert.Equal(["3", "4"], missed.Select(e => e.Id));
        Assert.Equal(["two", "three"], missed.Select(e => e.Text("text")));

        await Api.MessageAsync(ana, direct, "four");
        var live = await again.NextAsync(Wait);
        Assert.Equal(("5", "four"), (live.Id, live.Text("text")));

        // ?after= does the same for clients that cannot set the header.
        await using var fromQuery = await EventStreamReader.OpenAsync(Api.Client, "/api/v1/stream?after=4", bob.Token);
        var fromFour = await fromQuery.NextAsync(Wait);
        Assert.Equal(("5", "four"), (fromFour.Id, fromFour.Text("text")));
    }

    [Fact]
    public async Task A_client_away_during_1000_messages_edits_and_reactions_in_20_conversations_gets_each_once_in_order()
    {
        var ana = await Graph.NewUserAsync("sk");
        var bob = await Graph.NewUserAsync("sk");
        var cy = await Graph.NewUserAsync("sk");
        var groups = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            groups.Add((await Api.JsonAsync(HttpMethod.Post, "/api/v1/conversations", ana, $$"""{"memberIds":["{{bob.Id}}","{{cy.Id}}"]}""", HttpStatusCode.Created))
                .GetProperty("conversationId").GetString()!);
        }

        long last;
        await using (var before = await Api.OpenStreamAsync(bob))
        {
            var created = await before.TakeAsync(20, Wait);
            Assert.All(created, e => Assert.Equal("conversation", e.Type));
            last = created[^1].Position;
        }

        // 20 conversations × (40 messages + 5 edits + 5 reactions), the conversations concurrently.
        var sent = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (group, _) =>
        {
            var mine = new List<(string Id, TestUser Sender)>();
            for (var i = 0; i < 40; i++)
            {
                var sender = i % 2 == 0 ? ana : cy;
                var message = await Api.MessageAsync(sender, group, $"m{i}");
                sent[message.GetProperty("messageId").GetString()!] = group;
                mine.Add((message.GetProperty("messageId").GetString()!, sender));
            }

            for (var i = 0; i < 5; i++)
            {
                var (id, sender) = mine[i];
                await Api.JsonAsync(HttpMethod.Patch, $"/api/v1/conversations/{group}/messages/{id}", sender, """{"text":"edited"}""");
                var (other, otherSender) = mine[10 + i];
                await Api.JsonAsync(HttpMethod.Put, $"/api/v1/conversations/{group}/messages/{other}/reactions/%F0%9F%91%8D", otherSender == ana ? cy : ana);
            }
        });

        await using var back = await Api.OpenStreamAsync(bob, lastEventId: last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var replay = await back.TakeAsync(1000, TimeSpan.FromMinutes(2));

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => last + i), replay.Select(e => e.Position));
        var messages = replay.Where(e => e.Type == "message").ToList();
        Assert.Equal(800, messages.Count);
        Assert.Equal(sent.Keys.Order(), messages.Select(e => e.Text("messageId")!).Order());
        foreach (var group in groups)
        {
            Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), messages.Where(e => e.Text("conversationId") == group).Select(e => e.Data.GetProperty("seq").GetInt64()));
        }

        var seenMessages = new HashSet<string>();
        foreach (var streamed in replay)
        {
            if (streamed.Type == "message")
            {
                seenMessages.Add(streamed.Text("messageId")!);
            }
            else
            {
                // An edit or a reaction comes after the message it is about.
                Assert.Contains(streamed.Text("messageId")!, seenMessages);
            }
        }

        Assert.Equal(100, replay.Count(e => e.Type == "message_edited"));
        Assert.Equal(100, replay.Count(e => e.Type == "reaction"));

        await Api.MessageAsync(ana, groups[0], "after the replay");
        var live = await back.NextAsync(Wait);
        Assert.Equal((last + 1001, "after the replay"), (live.Position, live.Text("text")));
    }

    [Fact]
    public async Task The_same_client_message_id_sent_concurrently_from_two_connections_appends_once_per_member()
    {
        var ana = await Graph.NewUserAsync("si");
        var bob = await Graph.NewUserAsync("si");
        var direct = await Api.StartAsync(ana, bob);
        await using var stream = await Api.OpenStreamAsync(bob);
        var clients = new[] { Services.Messaging.CreateClient(), Services.Messaging.CreateClient() };
        var body = JsonSerializer.Serialize(new { clientMessageId = "same-" + Guid.NewGuid().ToString("N"), text = "once" });

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{direct}/messages")
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ana.Token);
            var response = await clients[i % 2].SendAsync(request, TestContext.Current.CancellationToken);
            return (response.StatusCode, (await MessagingApi.ReadAsync(response)).GetProperty("messageId").GetString()!);
        }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var messageId = Assert.Single(answers.Select(a => a.Item2).Distinct());
        var next = await Api.MessageAsync(ana, direct, "next");
        Assert.Equal(2, next.GetProperty("seq").GetInt64());

        var events = await stream.UntilAsync(e => e.Text("messageId") == next.GetProperty("messageId").GetString(), Wait);
        Assert.Single(events, e => e.Type == "message" && e.Text("messageId") == messageId);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Position));
        // One entry on each member's stream: Ana's own devices and Bob's.
        Assert.Equal(2, await Api.CountAsync("stream_entries", "message_id = $id", messageId));
    }

    [Fact]
    public async Task Typing_reaches_the_others_open_streams_live_and_is_never_replayed()
    {
        var ana = await Graph.NewUserAsync("st");
        var bob = await Graph.NewUserAsync("st");
        var outsider = await Graph.NewUserAsync("st");
        var direct = await Api.StartAsync(ana, bob);
        await using var stream = await Api.OpenStreamAsync(bob);
        Assert.Equal("conversation", (await stream.NextAsync(Wait)).Type);

        var state = await Api.JsonAsync(HttpMethod.Post, $"/api/v1/conversations/{direct}:typing", ana);
        Assert.Equal(direct, state.GetProperty("conversationId").GetString());
        var typing = await stream.NextAsync(Wait);
        Assert.Equal(("typing", null, ana.Id, direct), (typing.Type, typing.Id, typing.Text("userId"), typing.Text("conversationId")));
        Assert.Equal(state.GetProperty("expiresAt").GetString(), typing.Text("expiresAt"));

        await Api.MessageAsync(ana, direct, "typed");
        var typed = await stream.NextAsync(Wait);
        Assert.Equal(("message", "2"), (typed.Type, typed.Id));

        await using var replay = await Api.OpenStreamAsync(bob, lastEventId: "0");
        Assert.Equal(["conversation", "message"], (await replay.TakeAsync(2, Wait)).Select(e => e.Type));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Post, $"/api/v1/conversations/{direct}:typing", outsider)).StatusCode);
    }

    [Fact]
    public async Task Internal_callers_get_the_same_events_and_positions_as_a_grpc_server_stream()
    {
        var ana = await Graph.NewUserAsync("sg");
        var bob = await Graph.NewUserAsync("sg");
        var direct = await Api.StartAsync(ana, bob);
        await Api.MessageAsync(ana, direct, "over grpc");

        var client = await Api.InternalClientAsync();
        using var cancel = new CancellationTokenSource(Wait);
        using var call = client.Stream(new StreamRequest { UserId = bob.Id, After = 0 }, cancellationToken: cancel.Token);
        Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal((1L, "conversation", direct), (call.ResponseStream.Current.Position, call.ResponseStream.Current.Type, call.ResponseStream.Current.Conversation.ConversationId));
        Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal((2L, "message", "over grpc"), (call.ResponseStream.Current.Position, call.ResponseStream.Current.Type, call.ResponseStream.Current.Message.Text));

        using var mine = Api.ClientOf(bob).Stream(new StreamRequest { UserId = bob.Id }, cancellationToken: cancel.Token);
        var refused = await Assert.ThrowsAsync<RpcException>(() => mine.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }
}

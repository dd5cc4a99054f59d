using Social.Testing;

namespace Social.FunctionalTests.Messaging;

/// <summary>
/// Two Messaging instances on one SQLite file and one broker, as replicas: a change made through one reaches a stream
/// held by the other, woken over RabbitMQ (the suite's heartbeat is minutes long, so only the bus can wake it in time).
/// </summary>
public sealed class StreamAcrossInstancesTests(MessagingSuiteFixture suite) : MessagingApiTestBase(suite)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_message_sent_through_one_instance_reaches_a_stream_held_by_the_other_and_back()
    {
        var other = await Services.StartAnotherMessagingAsync();
        var ana = await Graph.NewUserAsync("sa");
        var bob = await Graph.NewUserAsync("sa");
        await using var bobOnOther = await Api.OpenStreamAsync(bob, instance: other);
        await using var anaOnFirst = await Api.OpenStreamAsync(ana);

        var direct = await Api.StartAsync(ana, bob);
        await Api.MessageAsync(ana, direct, "from the first instance");
        var received = await bobOnOther.TakeAsync(2, Wait);
        Assert.Equal([("1", "conversation"), ("2", "message")], received.Select(e => (e.Id, e.Type)));
        Assert.Equal("from the first instance", received[1].Text("text"));

        using var viaOther = other.CreateClient();
        using var reply = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{direct}/messages")
        {
            Content = new StringContent("""{"clientMessageId":"reply-1","text":"from the other"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        reply.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bob.Token);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await viaOther.SendAsync(reply, TestContext.Current.CancellationToken)).StatusCode);

        var toAna = await anaOnFirst.UntilAsync(e => e.Text("text") == "from the other", Wait);
        Assert.Equal(["conversation", "message", "message"], toAna.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L], toAna.Select(e => e.Position));
    }

    [Fact]
    public async Task A_client_whose_instance_stopped_mid_way_resumes_on_another_with_nothing_missed_or_repeated()
    {
        var ana = await Graph.NewUserAsync("sb");
        var bob = await Graph.NewUserAsync("sb");
        var direct = await Api.StartAsync(ana, bob);
        var doomed = await Services.StartAnotherMessagingAsync();
        string last;
        await using (var stream = await Api.OpenStreamAsync(bob, instance: doomed))
        {
            for (var i = 0; i < 10; i++)
            {
                await Api.MessageAsync(ana, direct, $"before {i}");
            }

            var before = await stream.TakeAsync(11, Wait);
            Assert.Equal(Enumerable.Range(1, 11).Select(i => (long)i), before.Select(e => e.Position));
            last = before[^1].Id!;

            // The instance holding the stream stops while messages go on through the other one.
            var sending = Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await Api.MessageAsync(ana, direct, $"during {i}");
                }
            });
            await doomed.DisposeAsync();
            await sending;
        }

        var replacement = await Services.StartAnotherMessagingAsync();
        await using var resumed = await Api.OpenStreamAsync(bob, lastEventId: last, instance: replacement);
        var missed = await resumed.TakeAsync(20, Wait);
        Assert.Equal(Enumerable.Range(12, 20).Select(i => (long)i), missed.Select(e => e.Position));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"during {i}"), missed.Select(e => e.Text("text")));
        await Api.MessageAsync(ana, direct, "after");
        var live = await resumed.NextAsync(Wait);
        Assert.Equal((32L, "after"), (live.Position, live.Text("text")));
    }
}

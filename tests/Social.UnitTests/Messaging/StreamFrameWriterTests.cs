using System.IO.Pipelines;
using System.Text;
using Social.Messaging.Api;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Domain.Reading;
using Social.Messaging.Domain.Stream;

namespace Social.UnitTests.Messaging;

/// <summary>The live stream's frames, byte for byte: what every Server-Sent Events client parses.</summary>
public sealed class StreamFrameWriterTests
{
    private static readonly Guid Conversation = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid MessageId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid Sender = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly Guid Earlier = Guid.Parse("44444444-4444-4444-4444-444444444444");
    private static readonly DateTimeOffset At = new(2030, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    [Fact]
    public async Task A_message_is_its_position_its_type_and_its_view_as_json_with_absent_optionals_left_out()
    {
        var message = new MessageRecord(MessageId, Conversation, 7, Sender, "client-1", "Hi \"you\" é <b>", Earlier, null, null, At, null, false);
        var frame = await WriteAsync(new StreamEvent(42, StreamEventTypes.Message, Message: new ViewedMessage(message, [new ReactionSummary("❤️", 2, true)])));

        Assert.Equal(
            "id: 42\nevent: message\ndata: "
            + J(@"{'messageId':'22222222-2222-2222-2222-222222222222','conversationId':'11111111-1111-1111-1111-111111111111','seq':7")
            + J(@",'senderId':'33333333-3333-3333-3333-333333333333','text':'Hi \u0022you\u0022 \u00E9 \u003Cb\u003E'")
            + J(@",'replyTo':'44444444-4444-4444-4444-444444444444','createdAt':'2030-01-02T03:04:05.678Z','deleted':false")
            + J(@",'reactions':[{'emoji':'\u2764\uFE0F','count':2,'mine':true}]}")
            + "\n\n",
            frame);
    }

    [Fact]
    public async Task An_unsent_message_keeps_only_its_place_and_an_edit_says_when()
    {
        var unsent = new MessageRecord(MessageId, Conversation, 7, Sender, "client-1", "gone", null, null, null, At, At.AddMinutes(1), true);

        var frame = await WriteAsync(new StreamEvent(43, StreamEventTypes.MessageEdited, Message: new ViewedMessage(unsent, [])));

        Assert.Equal(
            "id: 43\nevent: message_edited\ndata: "
            + J(@"{'messageId':'22222222-2222-2222-2222-222222222222','conversationId':'11111111-1111-1111-1111-111111111111','seq':7")
            + J(@",'senderId':'33333333-3333-3333-3333-333333333333','createdAt':'2030-01-02T03:04:05.678Z','deleted':true,'reactions':[]}")
            + "\n\n",
            frame);
    }

    [Fact]
    public async Task Typing_carries_no_id_so_a_reconnect_goes_on_from_the_last_stored_event()
    {
        var frame = await WriteAsync(new StreamEvent(
            0, StreamEventTypes.Typing, new StreamItem(StreamEventTypes.Typing, Conversation, UserId: Sender), ExpiresAt: At));

        Assert.Equal(
            "event: typing\ndata: "
            + J(@"{'conversationId':'11111111-1111-1111-1111-111111111111','userId':'33333333-3333-3333-3333-333333333333','expiresAt':'2030-01-02T03:04:05.678Z'}")
            + "\n\n",
            frame);
    }

    [Fact]
    public async Task Frames_written_one_after_another_each_stand_whole_and_a_heartbeat_is_a_comment()
    {
        var frames = await WriteAsync(
            new StreamEvent(5, StreamEventTypes.Reaction, new StreamItem(StreamEventTypes.Reaction, Conversation, MessageId, UserId: Sender, Emoji: "👍", Change: ConversationChanges.ReactionAdded)),
            StreamEvent.Heartbeat,
            new StreamEvent(9, StreamEventTypes.Reset, Reason: "expired"));

        Assert.Equal(
            "id: 5\nevent: reaction\ndata: "
            + J(@"{'conversationId':'11111111-1111-1111-1111-111111111111','messageId':'22222222-2222-2222-2222-222222222222'")
            + J(@",'userId':'33333333-3333-3333-3333-333333333333','emoji':'\uD83D\uDC4D','added':true}")
            + "\n\n"
            + ": heartbeat\n\n"
            + "id: 9\nevent: reset\ndata: "
            + J(@"{'reason':'expired','position':9}")
            + "\n\n",
            frames);
    }

    /// <summary>JSON written with single quotes, for legibility here.</summary>
    private static string J(string json) => json.Replace('\'', '"');

    private static async Task<string> WriteAsync(params StreamEvent[] events)
    {
        var pipe = new Pipe();
        using (var frames = new StreamFrameWriter(pipe.Writer))
        {
            foreach (var streamEvent in events)
            {
                frames.Write(streamEvent);
            }
        }

        await pipe.Writer.CompleteAsync();
        var read = await pipe.Reader.ReadAtLeastAsync(int.MaxValue, TestContext.Current.CancellationToken);
        var text = Encoding.UTF8.GetString(read.Buffer);
        pipe.Reader.AdvanceTo(read.Buffer.End);
        return text;
    }
}

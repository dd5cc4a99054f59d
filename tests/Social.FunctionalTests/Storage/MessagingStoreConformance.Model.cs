using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// A randomized run checked against a plain model: whatever sends, reads and unsends happen, in any order, each
/// member's stored unread count equals the messages of others after their read position that are still there.
/// </summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public async Task Stored_unread_counts_always_equal_the_unread_messages_of_a_plain_model()
    {
        var random = new Random(20301);
        var members = new[] { await NewUserAsync(), await NewUserAsync(), await NewUserAsync() };
        var group = (await Messaging.Starting.StartAsync(members[0], members[1..], "model", null, Cancellation)).ConversationId!.Value;
        var sent = new List<MessageRecord>();
        var unsent = new HashSet<long>();
        var readSeq = members.ToDictionary(m => m, _ => 0L);

        for (var step = 0; step < 120; step++)
        {
            var actor = members[random.Next(members.Length)];
            var roll = random.Next(10);
            if (roll < 5 || sent.Count == 0)
            {
                var message = await SendAsync(actor, group, $"step {step}");
                sent.Add(message);
                readSeq[actor] = message.Seq;
            }
            else if (roll < 8)
            {
                var upTo = random.NextInt64(1, sent.Count + 1);
                await Messaging.Reading.MarkReadAsync(actor, group, upTo, Cancellation);
                readSeq[actor] = Math.Max(readSeq[actor], upTo);
            }
            else if (sent.Where(m => m.SenderId == actor && !unsent.Contains(m.Seq)).ToList() is { Count: > 0 } own)
            {
                var message = own[random.Next(own.Count)];
                Assert.Equal(ConversationDecision.Allowed, await Messaging.Changing.UnsendAsync(actor, group, message.MessageId, Cancellation));
                unsent.Add(message.Seq);
            }

            foreach (var member in members)
            {
                var expected = sent.Count(m => m.Seq > readSeq[member] && m.SenderId != member && !unsent.Contains(m.Seq));
                var stored = (await Messaging.Conversations.GetAsync(member, group, Cancellation))!.Me;
                Assert.True(
                    (expected, readSeq[member]) == (stored.UnreadCount, stored.ReadSeq),
                    $"step {step}: member {Array.IndexOf(members, member)} expected unread {expected} at {readSeq[member]}, stored {stored.UnreadCount} at {stored.ReadSeq}");
                Assert.Equal(expected, (await Messaging.Activity.BadgesAsync(member, Cancellation)).UnreadMessages);
            }
        }

        Assert.Equal(sent.Count, (await Messaging.Conversations.GetAsync(members[0], group, Cancellation))!.Conversation.LastSeq);
    }
}

using Social.Messaging.Domain.Reading;
using Social.Messaging.Storage;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// Turns stored entries into events for their viewer: the messages they name are read now, in one read per batch,
/// with their reactions as the viewer sees them (an unsent message shows as deleted, without its text).
/// </summary>
public sealed class StreamReads(IMessagingStore store, MessageReads messages)
{
    public async Task<IReadOnlyList<StreamEvent>> RenderAsync(Guid viewer, IReadOnlyList<StreamEntry> entries, CancellationToken cancellationToken)
    {
        var positions = entries
            .Where(e => e.Item.Type is StreamEventTypes.Message or StreamEventTypes.MessageEdited && e.Item.Seq is not null)
            .Select(e => (e.Item.ConversationId, e.Item.Seq!.Value))
            .Distinct()
            .ToList();
        var found = positions.Count == 0 ? [] : await store.FindMessagesAtAsync(positions, cancellationToken);
        var viewed = found.Count == 0 ? [] : await messages.ViewAsync(viewer, found, cancellationToken);
        var byId = viewed.ToDictionary(v => v.Message.MessageId);
        return [.. entries.Select(e => new StreamEvent(
            e.Position, e.Item.Type, e.Item, e.Item.MessageId is { } id ? byId.GetValueOrDefault(id) : null))];
    }
}

using Social.Engagement.Domain.Mentions;

namespace Social.Engagement.Storage.MongoDb;

/// <summary>A linked mention, embedded in its comment or content item.</summary>
internal sealed class MentionDocument
{
    public required string UserId { get; init; }

    public required string Handle { get; init; }

    public required int Start { get; init; }

    public required int Length { get; init; }

    public static List<MentionDocument> From(IReadOnlyList<Mention> mentions) =>
        [.. mentions.Select(m => new MentionDocument { UserId = m.UserId.ToString(), Handle = m.Handle, Start = m.Start, Length = m.Length })];

    public Mention ToMention() => new(Guid.Parse(UserId), Handle, Start, Length);
}

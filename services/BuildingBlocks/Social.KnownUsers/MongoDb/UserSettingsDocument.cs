using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using Social.Contracts.Settings;
using Social.Storage.MongoDb;

namespace Social.KnownUsers.MongoDb;

/// <summary>A user's settings as last applied: <c>_id</c> is the user id.</summary>
[BsonIgnoreExtraElements]
public sealed class UserSettingsDocument
{
    public const string Collection = "user_settings";

    [BsonId]
    public required string Id { get; init; }

    public required bool IsPrivate { get; init; }

    public required string WhoCanMessage { get; init; }

    public required string WhoCanComment { get; init; }

    public required string WhoCanMention { get; init; }

    // Documents written before read receipts were replicated have none: the default of a new account.
    [BsonDefaultValue(true)]
    public bool ReadReceipts { get; init; } = true;

    // Documents written before tags were replicated have none: the default of a new account.
    [BsonDefaultValue(Audiences.Everyone)]
    public string WhoCanTag { get; init; } = Audiences.Everyone;

    // Latest wins by this time, so it keeps its ticks: a BSON date alone stops at milliseconds.
    [BsonDateTimeOptions(Representation = BsonType.Document)]
    public required DateTime ChangedAt { get; init; }

    public static UserSettingsDocument From(UserSettings settings) => new()
    {
        Id = settings.UserId.ToString(),
        IsPrivate = settings.IsPrivate,
        WhoCanMessage = settings.WhoCanMessage,
        WhoCanComment = settings.WhoCanComment,
        WhoCanMention = settings.WhoCanMention,
        ReadReceipts = settings.ReadReceipts,
        WhoCanTag = settings.WhoCanTag,
        ChangedAt = settings.ChangedAt.UtcDateTime,
    };

    public UserSettings ToSettings() =>
        new(Guid.Parse(Id), IsPrivate, WhoCanMessage, WhoCanComment, WhoCanMention, MongoTime.Utc(ChangedAt), ReadReceipts, WhoCanTag);
}

namespace Social.Storage.MongoDb;

/// <summary>BSON dates come back as <see cref="DateTime"/>s of unspecified kind; they are UTC.</summary>
public static class MongoTime
{
    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

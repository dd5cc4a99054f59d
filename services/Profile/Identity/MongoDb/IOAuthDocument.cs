namespace Social.Profile.Identity.MongoDb;

/// <summary>What the OAuth documents share: an id and the concurrency token every conditional write checks.</summary>
public interface IOAuthDocument
{
    string Id { get; }

    /// <summary>Changed on every write; a write that finds another value lost a race (<see cref="OptimisticWrites"/>).</summary>
    string ConcurrencyToken { get; set; }
}

namespace Social.Storage;

/// <summary>Which adapter a service stores its data with (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>Embedded, one file per service: nothing to install.</summary>
    Sqlite,

    /// <summary>A MongoDB replica set or sharded cluster (transactions need one), named by the <c>mongodb</c> connection string.</summary>
    MongoDb,
}

namespace Social.Storage;

/// <summary>Where a service keeps its data. Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder of the service's SQLite file. The AppHost points it at the git-ignored <c>.data</c> folder.</summary>
    public string DataDirectory { get; set; } = Path.Combine(Environment.CurrentDirectory, ".data");
}

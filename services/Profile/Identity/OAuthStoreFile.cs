namespace Social.Profile.Identity;

/// <summary>The SQLite provider's OAuth store: the file (in the data directory) of the applications, authorizations and tokens.</summary>
internal sealed record OAuthStoreFile(string Path);

namespace Social.Profile.Identity;

/// <summary>Where the OAuth server keeps its applications, authorizations and tokens (a SQLite file in the data directory).</summary>
internal sealed record OAuthStoreFile(string Path);

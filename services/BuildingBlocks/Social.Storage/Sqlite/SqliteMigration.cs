namespace Social.Storage.Sqlite;

/// <summary>
/// One schema step of a scope (the shared tables, or one service's tables). A released step never changes:
/// add a new version instead.
/// </summary>
public sealed record SqliteMigration(string Scope, int Version, string Sql);

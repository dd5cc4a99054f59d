using System.Text.Json;
using Microsoft.Data.Sqlite;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Profile.Storage.Sqlite;

/// <summary>Queries and row readers shared by the store's reads and its write transactions; columns are read by name.</summary>
internal static class SqliteProfileRows
{
    /// <summary>A profile's columns; the caller adds the condition after <c>WHERE</c>.</summary>
    public const string SelectProfile = """
        SELECT user_id, handle, display_name, bio, avatar_url, links, pronouns, is_private,
               followers_count, following_count, likes_count,
               who_can_message, who_can_comment, who_can_mention, read_receipts, who_can_tag
        FROM profiles WHERE
        """;

    public static async Task<IReadOnlyList<ProfileRecord>> ReadProfilesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var profiles = new List<ProfileRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            profiles.Add(Profile(reader));
        }

        return profiles;
    }

    public static async Task<ProfileRecord?> ReadProfileAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        await ReadProfilesAsync(command, cancellationToken) is [var first, ..] ? first : null;

    public static ProfileRecord Profile(SqliteDataReader reader)
    {
        var avatarUrl = reader.GetOrdinal("avatar_url");
        return new ProfileRecord(
            Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
            reader.GetString(reader.GetOrdinal("handle")),
            reader.GetString(reader.GetOrdinal("display_name")),
            reader.GetString(reader.GetOrdinal("bio")),
            reader.IsDBNull(avatarUrl) ? null : reader.GetString(avatarUrl),
            JsonSerializer.Deserialize<string[]>(reader.GetString(reader.GetOrdinal("links"))) ?? [],
            reader.GetString(reader.GetOrdinal("pronouns")),
            reader.GetBoolean(reader.GetOrdinal("is_private")),
            reader.GetInt64(reader.GetOrdinal("followers_count")),
            reader.GetInt64(reader.GetOrdinal("following_count")),
            reader.GetInt64(reader.GetOrdinal("likes_count")),
            new ProfileSettings(
                reader.GetString(reader.GetOrdinal("who_can_message")),
                reader.GetString(reader.GetOrdinal("who_can_comment")),
                reader.GetString(reader.GetOrdinal("who_can_mention")),
                reader.GetBoolean(reader.GetOrdinal("read_receipts")),
                reader.GetString(reader.GetOrdinal("who_can_tag"))));
    }

    public static FollowCountsShard FollowCountsShard(SqliteDataReader reader) => new(
        reader.GetInt32(reader.GetOrdinal("shard")),
        reader.GetInt64(reader.GetOrdinal("followers")),
        reader.GetInt64(reader.GetOrdinal("following")),
        reader.GetInt64(reader.GetOrdinal("version")));

    public static AccountCredentials Credentials(SqliteDataReader reader) => new(
        Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
        reader.GetString(reader.GetOrdinal("handle")),
        reader.GetString(reader.GetOrdinal("password_hash")));

    public static IdempotencyKeyRecord IdempotencyKey(SqliteDataReader reader) => new(
        reader.GetString(reader.GetOrdinal("key")),
        reader.GetString(reader.GetOrdinal("fingerprint")),
        Guid.Parse(reader.GetString(reader.GetOrdinal("user_id"))),
        reader.GetString(reader.GetOrdinal("handle")),
        ParseTime(reader.GetString(reader.GetOrdinal("created_at"))));

    public static LikesReceivedShard LikesReceivedShard(SqliteDataReader reader) => new(
        reader.GetInt32(reader.GetOrdinal("shard")),
        reader.GetInt64(reader.GetOrdinal("likes")),
        reader.GetInt64(reader.GetOrdinal("version")));
}

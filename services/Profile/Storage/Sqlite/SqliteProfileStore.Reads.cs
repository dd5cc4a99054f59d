using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Profile.Storage.Sqlite;

/// <summary>Lookups by key and the prefix search: point lookups and index ranges only.</summary>
public sealed partial class SqliteProfileStore
{
    public async Task<IdempotencyKeyRecord?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT key, fingerprint, user_id, handle, created_at FROM idempotency_keys WHERE key = $key", ("$key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteProfileRows.IdempotencyKey(reader) : null;
    }

    public Task<AccountCredentials?> FindCredentialsAsync(string handle, CancellationToken cancellationToken) =>
        FindCredentialsAsync("handle", handle, cancellationToken);

    public Task<AccountCredentials?> FindCredentialsAsync(Guid userId, CancellationToken cancellationToken) =>
        FindCredentialsAsync("user_id", userId.ToString(), cancellationToken);

    public Task<ProfileRecord?> FindByIdAsync(Guid userId, CancellationToken cancellationToken) =>
        FindProfileAsync("user_id", userId.ToString(), cancellationToken);

    public Task<ProfileRecord?> FindByHandleAsync(string handle, CancellationToken cancellationToken) =>
        FindProfileAsync("handle", handle, cancellationToken);

    public async Task<IReadOnlyList<ProfileRecord>> FindByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var (list, parameters) = InList(userIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteProfileRows.SelectProfile} user_id IN ({list})", parameters);
        return await SqliteProfileRows.ReadProfilesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ProfileRecord>> SearchAsync(string prefix, string? afterHandle, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Ranges instead of LIKE: both use an index ('\uffff' sorts after every character a prefix can continue with).
        await using var command = connection.Command(
            $"""
            {SqliteProfileRows.SelectProfile} ((handle >= $from AND handle < $to) OR (lower(display_name) >= $from AND lower(display_name) < $to))
              AND handle > $after
            ORDER BY handle LIMIT $limit
            """,
            ("$from", prefix), ("$to", prefix + "\uffff"), ("$after", afterHandle ?? string.Empty), ("$limit", limit));
        return await SqliteProfileRows.ReadProfilesAsync(command, cancellationToken);
    }

    private async Task<AccountCredentials?> FindCredentialsAsync(string keyColumn, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT user_id, handle, password_hash FROM accounts WHERE {keyColumn} = $key", ("$key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteProfileRows.Credentials(reader) : null;
    }

    private async Task<ProfileRecord?> FindProfileAsync(string keyColumn, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{SqliteProfileRows.SelectProfile} {keyColumn} = $key", ("$key", key));
        return await SqliteProfileRows.ReadProfileAsync(command, cancellationToken);
    }
}

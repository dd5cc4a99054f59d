using Social.Relationships.Blocks;
using Social.Storage.Sqlite;
using static Social.Storage.Sqlite.SqliteCommands;

namespace Social.Relationships.Sqlite;

/// <summary>The block replica's statements, for a service's SQLite transaction to implement <see cref="IBlockReplicaTransaction"/> with.</summary>
public static class SqliteBlocks
{
    public static async Task<BlockState?> ReadBlockAsync(this SqliteUnitOfWork unit, Guid blockerId, Guid blockedId, CancellationToken cancellationToken)
    {
        await using var command = unit.Command(
            "SELECT blocked, changed_at FROM blocks WHERE blocker_id = $blocker AND blocked_id = $blocked",
            ("$blocker", blockerId.ToString()), ("$blocked", blockedId.ToString()));
        var rows = await command.ReadAllAsync(
            reader => new BlockState(blockerId, blockedId, reader.GetBoolean(0), ParseTime(reader.GetString(1))), cancellationToken);
        return rows.SingleOrDefault();
    }

    public static Task WriteBlockAsync(this SqliteUnitOfWork unit, BlockState state, CancellationToken cancellationToken) =>
        unit.ExecuteAsync(
            "INSERT OR REPLACE INTO blocks (blocker_id, blocked_id, blocked, changed_at) VALUES ($blocker, $blocked, $state, $at)",
            cancellationToken,
            ("$blocker", state.BlockerId.ToString()), ("$blocked", state.BlockedId.ToString()), ("$state", state.Blocked),
            ("$at", Time(state.ChangedAt)));

    public static Task DeleteBlocksOfAsync(this SqliteUnitOfWork unit, Guid userId, CancellationToken cancellationToken) =>
        unit.ExecuteAsync(
            "DELETE FROM blocks WHERE blocker_id = $id; DELETE FROM blocks WHERE blocked_id = $id;", cancellationToken, ("$id", userId.ToString()));
}

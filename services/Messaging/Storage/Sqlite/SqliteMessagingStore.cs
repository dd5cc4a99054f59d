using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The SQLite adapter of <see cref="IMessagingStore"/>.</summary>
public sealed class SqliteMessagingStore(SqliteDatabase database, TimeProvider clock)
    : SqliteKnownUsersStore<IMessagingTransaction, SqliteMessagingTransaction>(database, clock), IMessagingStore
{
    protected override SqliteMessagingTransaction Begin(SqliteUnitOfWork unit, DateTimeOffset at) => new(unit, at);
}

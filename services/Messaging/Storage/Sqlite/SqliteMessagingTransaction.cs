using Social.KnownUsers.Sqlite;
using Social.Storage.Sqlite;

namespace Social.Messaging.Storage.Sqlite;

/// <summary>The statements of one Messaging write transaction on SQLite.</summary>
public sealed class SqliteMessagingTransaction(SqliteUnitOfWork unit, DateTimeOffset at) : SqliteKnownUsersTransaction(unit, at), IMessagingTransaction;

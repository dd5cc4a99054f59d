using System.Runtime.CompilerServices;
using MongoDB.Driver;

namespace Social.Profile.Identity.MongoDb;

/// <summary>A query's results streamed batch by batch, as OpenIddict's stores answer with asynchronous sequences.</summary>
internal static class AsyncCursors
{
    public static async IAsyncEnumerable<T> StreamAsync<T>(
        Func<CancellationToken, Task<IAsyncCursor<T>>> open, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var cursor = await open(cancellationToken);
        while (await cursor.MoveNextAsync(cancellationToken))
        {
            foreach (var item in cursor.Current)
            {
                yield return item;
            }
        }
    }

    public static IAsyncEnumerable<T> StreamAsync<T>(IFindFluent<T, T> find, CancellationToken cancellationToken) =>
        StreamAsync(ct => find.ToCursorAsync(ct), cancellationToken);
}

using Grpc.Core;

namespace Social.Testing;

/// <summary>Polling a gRPC lookup while an event travels: NOT_FOUND is an answer ("not yet" / "gone"), not a failure.</summary>
public static class GrpcLookups
{
    public static async Task<T?> OrNullIfNotFoundAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }
}

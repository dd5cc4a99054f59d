using Grpc.Core;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// An error this service decided to answer (made by <see cref="RpcErrors"/>). Any other <see cref="RpcException"/>
/// reaching the API came from a call to another service, and <see cref="DownstreamErrorShield"/> does not pass it on.
/// </summary>
internal sealed class DecidedRpcException(Status status, Metadata trailers) : RpcException(status, trailers);
